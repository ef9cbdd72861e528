// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCalendar.h"

namespace mentordesk {

QDate ReportCalendar::weekStart(QDate date, int weekStartsOn)
{
    if (!date.isValid()) {
        return {};
    }
    const int first = weekStartsOn >= 1 && weekStartsOn <= 7 ? weekStartsOn : 1;
    return date.addDays(-((date.dayOfWeek() - first + 7) % 7));
}

QList<QDate> ReportCalendar::weekStarts(QDate from, QDate to, int weekStartsOn)
{
    QList<QDate> out;
    if (!from.isValid() || !to.isValid() || from > to) {
        return out;
    }
    for (QDate d = weekStart(from, weekStartsOn); d <= to; d = d.addDays(7)) {
        out.append(d);
    }
    return out;
}

QList<QDate> ReportCalendar::monthStarts(QDate from, QDate to)
{
    QList<QDate> out;
    if (!from.isValid() || !to.isValid() || from > to) {
        return out;
    }
    for (QDate d = monthStart(from); d <= to; d = d.addMonths(1)) {
        out.append(d);
    }
    return out;
}

} // namespace mentordesk
