// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoContext.h"

namespace mentordesk {

/// Gives the demo studio its billing: GST 9 %, the plans the studio offers, a plan for every
/// enrollment from its start (mostly hourly at the mentor's rate; some monthly subscriptions and
/// prepaid packages), then bills, issues and (mostly) collects the last `months` complete months, so
/// invoices, payments, an overpayment, a credit note and overdue invoices exist. Deterministic: every
/// id comes from the demo's seed and every timestamp from its "today".
class DemoBilling final
{
public:
    DemoBilling(DemoContext& ctx, int months);
    [[nodiscard]] Result<void> run();

private:
    [[nodiscard]] Result<void> writePlans();
    [[nodiscard]] Result<void> billMonths();

    DemoContext& m_ctx;
    int m_months = 3;
    Id m_taxRate;
};

} // namespace mentordesk
