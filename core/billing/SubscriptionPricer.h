// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/AttendanceRules.h"
#include "billing/BillableLesson.h"
#include "billing/BillingPeriod.h"
#include "billing/PriceLine.h"
#include "billing/plans/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mentordesk {

/// One period of a subscription to price.
struct SubscriptionPeriodInput
{
    QDate day;                     ///< any day of the period
    QList<BillableLesson> lessons; ///< the period's lessons (each lesson's date must fall inside it)
    qint64 rolloverInMinutes = 0;  ///< minutes carried from the previous period (its rolloverOutMinutes)
};

/// The period's lines and its minute accounting.
struct SubscriptionPeriodResult
{
    BillingPeriod period;
    QList<PriceLine> lines;      ///< the fee (if any day is active) and the overage (if any)
    int activeDays = 0;          ///< days subscribed and not paused
    qint64 allowanceMinutes = 0; ///< included minutes, prorated (0 when unlimited)
    qint64 rolloverInMinutes = 0;
    qint64 usedMinutes = 0; ///< rounded held minutes + the billed share of late cancels / no-shows
    qint64 overageMinutes = 0;
    qint64 rolloverOutMinutes = 0; ///< carry into the next period
    qint64 forfeitedMinutes = 0;   ///< unused minutes that lapse
    QStringList coveredLessonIds;  ///< lessons that used minutes (link them to the period)
    QStringList unbilledLessonIds; ///< lessons that cost nothing
};

/// Prices one period of a subscription.
///  - Active days = days of the period within [plan.effectiveFrom, endsOn] and outside pauses.
///  - Fee = S, or round-half-up(S × activeDays / periodDays) when prorating a partial period; no fee line
///    when no day is active. Included minutes are prorated the same way.
///  - Minutes used come first from the rolled-over minutes, then from this period's allowance; the rest
///    is overage, priced once: round-half-up(overage rate × minutes / 60).
///  - Rollover: None → unused minutes lapse; OnePeriod → unused allowance carries one period (rolled-in
///    minutes then lapse); Capped → all unused minutes carry, at most the cap. A period with no active day
///    (fully paused) carries its rolled-in minutes on unaged.
class SubscriptionPricer final
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionPricer)

public:
    [[nodiscard]] static Result<SubscriptionPeriodResult> price(const Plan& plan, const AttendanceRules& rules,
                                                                const SubscriptionPeriodInput& input);
    /// Days of `period` within [startsOn, terms.endsOn] and not paused.
    [[nodiscard]] static int activeDays(const SubscriptionPlan& terms, QDate startsOn, const BillingPeriod& period);
};

} // namespace mentordesk
