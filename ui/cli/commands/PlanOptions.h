// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../CommandContext.h"
#include "../CommandSpec.h"
#include "billing/plans/Plan.h"
#include "money/Currency.h"

namespace mentordesk::cli {

/// The options that describe a plan's terms (`plan set`, `plan offer`, `quote --plan-…`), and reading them.
class PlanOptions final
{
    Q_DECLARE_TR_FUNCTIONS(PlanOptions)

public:
    /// Kind options of every plan kind, documented per kind.
    [[nodiscard]] static QList<OptionSpec> specs();
    /// The terms of a `kind` plan from `--terms JSON`, or else from the kind options (amounts in `currency`).
    [[nodiscard]] static Result<Plan::Terms> terms(const CommandContext& ctx, PlanKind kind, const Currency& currency,
                                                   int weekStartsOn);
};

} // namespace mentordesk::cli
