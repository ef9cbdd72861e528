// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Discount.h"
#include "billing/PriceLine.h"

#include <QCoreApplication>
#include <QList>

namespace mentordesk {

/// Turns discounts into their own negative lines, one per discount and tax rate.
///  - Plan discounts first, then payer discounts, each in the given order; each applies to what is left
///    after the previous ones in its scope (two percents compound).
///  - The base is split by tax rate so every discount line carries the tax rate of what it reduces;
///    groups whose base is zero or negative are left alone.
///  - Percent: round-half-up(base × percent) per tax group. Fixed: min(value, base), spread over the tax
///    groups in proportion to their bases by cumulative rounding, so the lines add up to it exactly.
///  - Never below zero: no group's base ends up negative.
class DiscountApplier final
{
    Q_DECLARE_TR_FUNCTIONS(DiscountApplier)

public:
    /// The discount lines for `lines` (which are not changed). Fails naming "discounts[i].value"… for an
    /// invalid discount or "discounts[i].id" for a duplicate id.
    [[nodiscard]] static Result<QList<PriceLine>> apply(const QList<PriceLine>& lines,
                                                        const QList<Discount>& discounts);
};

} // namespace mentordesk
