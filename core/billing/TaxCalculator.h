// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PriceLine.h"
#include "billing/TaxSummary.h"

#include <QCoreApplication>
#include <QList>

namespace mentordesk {

/// Computes tax per rate on the rate's subtotal, rounded once per rate, half-up (half away from
/// zero, so a credit note mirrors its invoice exactly):
///  - Exclusive: tax = round-half-up(subtotal × rate).
///  - Inclusive: net = round-half-up(subtotal / (1 + rate)) = round-half-up(subtotal × 10000 / (10000 + rateBp)),
///    tax = subtotal − net.
class TaxCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(TaxCalculator)

public:
    /// Fails on an invalid or duplicate rate ("tax_rates[i].rate", "tax_rates[i].id") or a line whose
    /// tax rate is not among `rates` ("lines[i].tax_rate_id").
    [[nodiscard]] static Result<TaxSummary> summarize(const QList<PriceLine>& lines, const QList<TaxRate>& rates,
                                                      TaxMode mode);
};

} // namespace mentordesk
