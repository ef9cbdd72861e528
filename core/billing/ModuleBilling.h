// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PriceLine.h"
#include "billing/plans/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mentordesk {

/// A module of the course that the learner started.
struct ModuleStart
{
    QString moduleId;
    QDate startedOn;
    bool billed = false; ///< already on an invoice
};

struct ModuleBillingInput
{
    QList<ModuleStart> starts;
    QDate asOf; ///< bill modules started on or before this day
};

struct ModuleBillingResult
{
    QList<PriceLine> lines; ///< one Module line per module billed now, in course order
    QStringList billedModuleIds;
};

/// Per-module billing: a module's price (its own, else the plan's default) is billed when it starts.
class ModuleBilling final
{
    Q_DECLARE_TR_FUNCTIONS(ModuleBilling)

public:
    [[nodiscard]] static Result<ModuleBillingResult> due(const Plan& plan, const ModuleBillingInput& input);
};

} // namespace mentordesk
