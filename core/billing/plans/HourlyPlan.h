// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/RoundingRule.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk {

/// Hourly or per-lesson billing: F = F0 + r × T, with an optional progress discount.
struct HourlyPlan
{
    Q_DECLARE_TR_FUNCTIONS(HourlyPlan)

public:
    enum class RateUnit
    {
        PerHour,   ///< rate per hour, priced per minute of the rounded duration
        PerLesson, ///< a fixed price per lesson, whatever its length
    };

    /// Once progress P reaches P*, further time is billed at the lower rate r′.
    struct ProgressDiscount
    {
        int thresholdPermille = 800; ///< P* in per-mille, 1…1000
        qint64 rateMinor = 0;        ///< r′, per hour or per lesson like the plan's rate; r′ < r
    };

    qint64 rateMinor = 0; ///< r
    RateUnit unit = RateUnit::PerHour;
    qint64 oneOffFeeMinor = 0; ///< F0, billed once (0 = none)
    RoundingRule rounding;     ///< applied to each lesson's minutes before pricing
    std::optional<ProgressDiscount> progressDiscount;

    /// Field keys: "rate", "one_off_fee", "rounding.increment_minutes", "progress_discount.threshold",
    /// "progress_discount.rate".
    [[nodiscard]] Result<void> validate() const;
};

} // namespace mentordesk
