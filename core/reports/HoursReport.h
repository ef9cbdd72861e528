// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mentordesk {

/// One mentor's minutes per week of a weekly report.
struct MentorWeekSeries
{
    Id mentorId;
    QString name;
    QString color;         ///< the mentor's colour ("#4e79a7"), may be empty
    QList<qint64> minutes; ///< per week of the report, same order as HoursReport::weeks
    qint64 total = 0;
};

/// Hours taught per week per mentor: the minutes of held lessons (actual minutes, else planned),
/// by the local week of the lesson's start. A group lesson counts once for its mentor.
struct HoursReport
{
    QDate from;                      ///< first day of the first week
    QDate to;                        ///< last day of the last week
    QList<QDate> weeks;              ///< first day of every week
    QList<MentorWeekSeries> mentors; ///< current mentors and any mentor who taught in the range, by name
    QList<qint64> weekTotals;        ///< all mentors, per week
    qint64 total = 0;

    /// Columns week_start, mentor_id, mentor, minutes, hours — one row per week and mentor.
    [[nodiscard]] ReportTable table() const;
};

} // namespace mentordesk
