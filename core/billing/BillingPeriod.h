// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/SubscriptionPlan.h"

#include <QDate>
#include <QString>

namespace mentordesk {

/// A calendar week or month, inclusive of both ends.
struct BillingPeriod
{
    PeriodUnit unit = PeriodUnit::Month;
    QDate start;
    QDate end;

    /// The period that contains `day`; weeks start on `weekStartsOn` (1 = Monday … 7 = Sunday).
    [[nodiscard]] static BillingPeriod containing(QDate day, PeriodUnit unit, int weekStartsOn = 1);
    /// The period right after this one.
    [[nodiscard]] BillingPeriod next() const;
    [[nodiscard]] int days() const { return static_cast<int>(start.daysTo(end)) + 1; }
    [[nodiscard]] bool contains(QDate day) const { return day >= start && day <= end; }
    /// Idempotency key: "2026-03" for a month, the first day "2026-03-09" for a week.
    [[nodiscard]] QString key() const;

    friend bool operator==(const BillingPeriod&, const BillingPeriod&) = default;
};

} // namespace mentordesk
