// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ProjectBilling.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

#include <QHash>

namespace mentordesk {

Result<QList<qint64>> ProjectBilling::allocate(const ProjectPlan& terms)
{
    if (auto ok = terms.validate(); !ok) {
        return fail(ok.error());
    }
    QList<qint64> amounts;
    if (terms.split == ProjectPlan::Split::Amounts) {
        for (const auto& m : terms.milestones) {
            amounts.append(m.amountMinor);
        }
        return amounts;
    }
    qint64 cumulativeBp = 0;
    qint64 billedSoFar = 0;
    for (const auto& m : terms.milestones) {
        cumulativeBp += m.percentBp;
        auto upTo = BillingMath::scaled(terms.priceMinor, cumulativeBp, BillingMath::kFullShareBp);
        if (!upTo) {
            return fail(upTo.error());
        }
        amounts.append(*upTo - billedSoFar);
        billedSoFar = *upTo;
    }
    return amounts;
}

Result<ProjectBillingResult> ProjectBilling::due(const Plan& plan, const ProjectBillingInput& input)
{
    const auto* terms = std::get_if<ProjectPlan>(&plan.terms);
    if (!terms) {
        return fail(Error::invalid(QStringLiteral("plan.kind"), tr("Plan %1 is not a project.").arg(plan.id)));
    }
    if (auto ok = plan.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("plan")));
    }
    if (!input.asOf.isValid()) {
        return fail(Error::invalid(QStringLiteral("as_of"), tr("Choose the day to bill up to.")));
    }
    QHash<QString, MilestoneState> states;
    for (qsizetype i = 0; i < input.states.size(); ++i) {
        const MilestoneState& s = input.states[i];
        const bool known = std::any_of(terms->milestones.begin(), terms->milestones.end(),
                                       [&](const auto& m) { return m.id == s.milestoneId; });
        if (!known || states.contains(s.milestoneId)) {
            return fail(
                Error::invalid(FieldKey::indexed(QStringLiteral("states"), i, QStringLiteral("milestone_id")),
                               tr("“%1” is not a milestone of this project, or is listed twice.").arg(s.milestoneId)));
        }
        states.insert(s.milestoneId, s);
    }
    auto amounts = allocate(*terms);
    if (!amounts) {
        return fail(FieldKey::prefixed(amounts.error(), QStringLiteral("plan")));
    }
    ProjectBillingResult out;
    out.amounts = *amounts;
    for (qsizetype i = 0; i < terms->milestones.size(); ++i) {
        const auto& m = terms->milestones[i];
        const MilestoneState s = states.value(m.id);
        const bool reached = s.reachedOn.isValid() && s.reachedOn <= input.asOf;
        const bool dateCome = m.dueDate.isValid() && m.dueDate <= input.asOf;
        if (s.billed) {
            continue;
        }
        if (!reached && !dateCome) {
            out.unbilledMinor += out.amounts[i];
            continue;
        }
        PriceLine line;
        line.kind = PriceLine::Kind::Milestone;
        line.quantity = 1;
        line.unitPriceMinor = line.amountMinor = out.amounts[i];
        line.args.label = m.label;
        line.args.date = reached && dateCome ? std::min(s.reachedOn, m.dueDate) : (reached ? s.reachedOn : m.dueDate);
        line.args.shareBp = terms->split == ProjectPlan::Split::Percents ? m.percentBp : 0;
        line.taxRateId = plan.taxRateId;
        line.planId = plan.id;
        line.sourceKind = PriceLine::Source::Milestone;
        line.sourceId = m.id;
        out.lines.append(line);
        out.billedMilestoneIds.append(m.id);
    }
    return out;
}

} // namespace mentordesk
