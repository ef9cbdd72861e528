// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/CalendarView.h"

#include <QCoreApplication>
#include <QLocale>

namespace mentordesk {

/// The texts and counts of a summary block (a group of parallel lessons too many to draw side by side).
class CalendarSummary final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarSummary)

public:
    /// Lessons the tooltip lists before "… and N more".
    static constexpr int kToolTipLessons = 10;

    /// "N lessons".
    [[nodiscard]] static QString title(int count);
    /// Lessons per status, in legend order, statuses without lessons left out.
    [[nodiscard]] static QList<QPair<LessonStatus, int>> statusCounts(const QList<CalendarEntry>& entries,
                                                                      const CalendarSummaryGroup& group);
    /// The block's tooltip: count, status breakdown, the first kToolTipLessons lessons (time, learners, mentor,
    /// status), "… and N more" and what activating the block does (`dayView`: the columns are mentors).
    [[nodiscard]] static QString toolTip(const QList<CalendarEntry>& entries, const CalendarSummaryGroup& group,
                                         const QLocale& locale, bool dayView);
};

} // namespace mentordesk
