// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>

namespace mentordesk {

/// Integer helpers shared by the billing calculators. Every price is computed from exact integers
/// (128-bit intermediates) and rounded once, half away from zero ("half-up" for positive amounts).
class BillingMath final
{
    Q_DECLARE_TR_FUNCTIONS(BillingMath)

public:
    static constexpr qint64 kFullShareBp = 10000; ///< 100 % in basis points.
    /// Largest price or rate a plan accepts (10^15 minor units); keeps every product far from overflow.
    static constexpr qint64 kMaxAmountMinor = 1'000'000'000'000'000;

    /// ceil(numerator / denominator) for a positive denominator (numerator may be negative).
    [[nodiscard]] static WideInt ceilDiv(WideInt numerator, WideInt denominator);
    /// round-half-up(numerator / denominator), denominator > 0; fails (field "amount") on overflow.
    [[nodiscard]] static Result<qint64> roundedRatio(WideInt numerator, WideInt denominator);
    /// The price of `minutes` at `ratePerHourMinor`, times `shareBp` / 10000, rounded once:
    /// round-half-up(rate × minutes × share / (60 × 10000)).
    [[nodiscard]] static Result<qint64> priceForMinutes(qint64 ratePerHourMinor, qint64 minutes,
                                                        qint64 shareBp = kFullShareBp);
    /// round-half-up(amount × numerator / denominator), denominator > 0: shares, proration, percents.
    [[nodiscard]] static Result<qint64> scaled(qint64 amountMinor, qint64 numerator, qint64 denominator);
    /// a + b, failing (field "amount") instead of overflowing.
    [[nodiscard]] static Result<qint64> add(qint64 a, qint64 b);
    /// Fails naming `field` unless 0 ≤ amount ≤ kMaxAmountMinor.
    [[nodiscard]] static Result<void> checkAmount(qint64 amountMinor, const QString& field);
    /// The error every overflow reports.
    [[nodiscard]] static Error overflow();
};

} // namespace mentordesk
