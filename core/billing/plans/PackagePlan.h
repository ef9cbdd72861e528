// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/RoundingRule.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace mentordesk {

/// A prepaid package ("10 hours for 900"): bought, drawn down by lessons, possibly expiring.
struct PackagePlan
{
    Q_DECLARE_TR_FUNCTIONS(PackagePlan)

public:
    /// What happens to lesson time the balance cannot cover.
    enum class WhenExhausted
    {
        BillOverage,    ///< bill the uncovered minutes at overageRateMinor per hour
        NeedNewPackage, ///< leave the lesson unbilled and signal that a new package is needed
    };

    qint64 priceMinor = 0;        ///< price of one package
    qint64 minutes = 600;         ///< minutes in one package, ≥ 1
    int validityDays = 0;         ///< a package is valid for this many days from its purchase (0 = no expiry)
    qint64 lowBalanceMinutes = 0; ///< warn when the remaining balance is at or below this (0 = never)
    WhenExhausted whenExhausted = WhenExhausted::NeedNewPackage;
    qint64 overageRateMinor = 0; ///< per hour, BillOverage only
    RoundingRule rounding;       ///< per lesson, before drawing

    /// Field keys: "price", "minutes", "validity_days", "low_balance_minutes", "overage_rate",
    /// "rounding.increment_minutes".
    [[nodiscard]] Result<void> validate() const;
};

} // namespace mentordesk
