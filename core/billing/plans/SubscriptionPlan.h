// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/RoundingRule.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace mentordesk {

/// Calendar unit a subscription bills by.
enum class PeriodUnit
{
    Week,  ///< a calendar week starting on the studio's first day of the week
    Month, ///< a calendar month
};

/// A membership: a fee per calendar week or month with included minutes (0 = unlimited),
/// an overage rate beyond them, rollover of unused minutes, proration and pauses.
struct SubscriptionPlan
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionPlan)

public:
    enum class Rollover
    {
        None,      ///< unused minutes lapse at the end of the period
        Capped,    ///< unused minutes carry over, at most rolloverCapMinutes in total
        OnePeriod, ///< unused minutes carry over into the next period only
    };

    /// Days (inclusive) on which the subscription is paused: no fee, no allowance.
    struct Pause
    {
        QDate from;
        QDate to;
    };

    static constexpr qint64 kUnlimited = 0; ///< includedMinutes value meaning "unlimited"

    PeriodUnit period = PeriodUnit::Month;
    int weekStartsOn = 1;        ///< 1 = Monday … 7 = Sunday (weekly periods)
    qint64 feeMinor = 0;         ///< S per full period
    qint64 includedMinutes = 0;  ///< per full period; kUnlimited (0) = unlimited
    qint64 overageRateMinor = 0; ///< per hour beyond the allowance
    Rollover rollover = Rollover::None;
    qint64 rolloverCapMinutes = 0; ///< Capped: most minutes ever carried
    bool prorate = true;           ///< partial periods (start, end, pauses) pay a share by days
    RoundingRule rounding;         ///< per lesson, before its minutes count
    /// Last day billed (invalid = open-ended): the enrollment's end, or the day before the next plan takes
    /// over (PlanTimeline::lastDay). The first day billed is the plan's effectiveFrom.
    QDate endsOn;
    QList<Pause> pauses;

    [[nodiscard]] bool unlimited() const { return includedMinutes == kUnlimited; }
    /// Field keys: "fee", "included_minutes", "overage_rate", "rollover", "rollover_cap_minutes",
    /// "week_starts_on", "rounding.increment_minutes", "pauses[i].to" (Plan::validate checks "ends_on").
    [[nodiscard]] Result<void> validate() const;
};

} // namespace mentordesk
