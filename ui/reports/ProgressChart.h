// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ProgressHistoryReport.h"

#include <QCoreApplication>

class QChart;

namespace mentordesk {

class Formatter;

/// Progress curves of a learner's (or a course's) enrollments: for each enrollment the actual P
/// over time (solid), the projection from today to the projected finish (dashed) and the plan from
/// the start to the planned end (dotted), in the enrollment's colour. Returns a new chart the caller
/// owns; hovering a point shows the date and the exact percentage.
class ProgressChart final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressChart)

public:
    /// `enrollmentId` empty = every enrollment of the report. The time axis ends at the latest planned
    /// end or projected finish, at most two years after the report's last day (longer projections are cut there).
    [[nodiscard]] static QChart* build(const ProgressHistoryReport& report, const Formatter& format,
                                       const Id& enrollmentId = {});
};

} // namespace mentordesk
