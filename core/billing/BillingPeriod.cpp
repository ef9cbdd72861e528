// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingPeriod.h"

namespace mentordesk {

BillingPeriod BillingPeriod::containing(QDate day, PeriodUnit unit, int weekStartsOn)
{
    BillingPeriod p;
    p.unit = unit;
    if (unit == PeriodUnit::Month) {
        p.start = QDate(day.year(), day.month(), 1);
        p.end = p.start.addMonths(1).addDays(-1);
        return p;
    }
    const int offset = (day.dayOfWeek() - weekStartsOn + 7) % 7;
    p.start = day.addDays(-offset);
    p.end = p.start.addDays(6);
    return p;
}

BillingPeriod BillingPeriod::next() const
{
    BillingPeriod p;
    p.unit = unit;
    p.start = end.addDays(1);
    p.end = unit == PeriodUnit::Month ? p.start.addMonths(1).addDays(-1) : p.start.addDays(6);
    return p;
}

QString BillingPeriod::key() const
{
    return unit == PeriodUnit::Month ? start.toString(QStringLiteral("yyyy-MM")) : start.toString(Qt::ISODate);
}

} // namespace mentordesk
