// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace mentordesk {

/// Calendar arithmetic of the reports: weeks (starting on the studio's first weekday) and months.
/// Pure functions of dates.
class ReportCalendar final
{
public:
    /// The first day of `date`'s week; `weekStartsOn` 1 = Monday … 7 = Sunday.
    [[nodiscard]] static QDate weekStart(QDate date, int weekStartsOn);
    /// The first day of every week that overlaps [from, to], in order (empty when from > to).
    [[nodiscard]] static QList<QDate> weekStarts(QDate from, QDate to, int weekStartsOn);
    /// The first day of every month that overlaps [from, to], in order (empty when from > to).
    [[nodiscard]] static QList<QDate> monthStarts(QDate from, QDate to);
    /// The first day of `date`'s month.
    [[nodiscard]] static QDate monthStart(QDate date) { return QDate(date.year(), date.month(), 1); }
};

} // namespace mentordesk
