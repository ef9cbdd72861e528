// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ModuleBilling.h"

#include "billing/FieldKey.h"

#include <QHash>
#include <algorithm>

namespace mentordesk {

Result<ModuleBillingResult> ModuleBilling::due(const Plan& plan, const ModuleBillingInput& input)
{
    const auto* terms = std::get_if<ModulePlan>(&plan.terms);
    if (!terms) {
        return fail(Error::invalid(QStringLiteral("plan.kind"), tr("Plan %1 is not a per-module plan.").arg(plan.id)));
    }
    if (auto ok = plan.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("plan")));
    }
    if (!input.asOf.isValid()) {
        return fail(Error::invalid(QStringLiteral("as_of"), tr("Choose the day to bill up to.")));
    }
    QHash<QString, ModuleStart> starts;
    for (qsizetype i = 0; i < input.starts.size(); ++i) {
        const ModuleStart& s = input.starts[i];
        const QString prefix = FieldKey::indexed(QStringLiteral("starts"), i);
        const bool known = std::any_of(terms->modules.begin(), terms->modules.end(),
                                       [&](const auto& m) { return m.moduleId == s.moduleId; });
        if (!known || starts.contains(s.moduleId)) {
            return fail(Error::invalid(prefix + QStringLiteral(".module_id"),
                                       tr("“%1” is not a module of this plan, or is listed twice.").arg(s.moduleId)));
        }
        if (!s.startedOn.isValid()) {
            return fail(Error::invalid(prefix + QStringLiteral(".started_on"), tr("A started module needs its date.")));
        }
        starts.insert(s.moduleId, s);
    }
    QList<ModulePlan::Module> modules = terms->modules;
    std::stable_sort(modules.begin(), modules.end(),
                     [](const auto& a, const auto& b) { return a.position < b.position; });
    ModuleBillingResult out;
    for (const auto& m : modules) {
        const auto it = starts.constFind(m.moduleId);
        if (it == starts.constEnd() || it->billed || it->startedOn > input.asOf) {
            continue;
        }
        PriceLine line;
        line.kind = PriceLine::Kind::Module;
        line.quantity = 1;
        line.unitPriceMinor = line.amountMinor = terms->priceOf(m);
        line.args.label = m.title;
        line.args.date = it->startedOn;
        line.taxRateId = plan.taxRateId;
        line.planId = plan.id;
        line.sourceKind = PriceLine::Source::Module;
        line.sourceId = m.moduleId;
        out.lines.append(line);
        out.billedModuleIds.append(m.moduleId);
    }
    return out;
}

} // namespace mentordesk
