// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/DiscountApplier.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

#include <QSet>
#include <algorithm>

namespace mentordesk {

namespace {

struct Group
{
    QString taxRateId;
    qint64 base = 0;
};

bool inScope(const Discount& d, const PriceLine& line)
{
    return d.scope == Discount::Scope::Payer || line.planId == d.planId;
}

Result<QList<Group>> positiveGroups(const Discount& d, const QList<PriceLine>& lines)
{
    QList<Group> groups;
    for (const PriceLine& line : lines) {
        if (!inScope(d, line)) {
            continue;
        }
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.taxRateId == line.taxRateId; });
        if (it == groups.end()) {
            groups.append(Group{line.taxRateId, 0});
            it = groups.end() - 1;
        }
        auto sum = BillingMath::add(it->base, line.amountMinor);
        if (!sum) {
            return fail(sum.error());
        }
        it->base = *sum;
    }
    groups.removeIf([](const Group& g) { return g.base <= 0; });
    return groups;
}

/// The amount taken from each group (same order), each between 0 and the group's base.
Result<QList<qint64>> amounts(const Discount& d, const QList<Group>& groups)
{
    QList<qint64> out;
    if (d.kind == Discount::Kind::Percent) {
        for (const Group& g : groups) {
            auto a = BillingMath::scaled(g.base, d.value, BillingMath::kFullShareBp);
            if (!a) {
                return fail(a.error());
            }
            out.append(std::min(*a, g.base));
        }
        return out;
    }
    qint64 total = 0;
    for (const Group& g : groups) {
        auto sum = BillingMath::add(total, g.base);
        if (!sum) {
            return fail(sum.error());
        }
        total = *sum;
    }
    const qint64 wanted = std::min(d.value, total);
    qint64 cumulativeBase = 0;
    qint64 takenSoFar = 0;
    for (const Group& g : groups) {
        cumulativeBase += g.base;
        auto upTo = BillingMath::scaled(wanted, cumulativeBase, total);
        if (!upTo) {
            return fail(upTo.error());
        }
        out.append(std::min(*upTo - takenSoFar, g.base));
        takenSoFar = *upTo;
    }
    return out;
}

} // namespace

Result<QList<PriceLine>> DiscountApplier::apply(const QList<PriceLine>& lines, const QList<Discount>& discounts)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < discounts.size(); ++i) {
        const QString prefix = FieldKey::indexed(QStringLiteral("discounts"), i);
        if (auto ok = discounts[i].validate(); !ok) {
            return fail(FieldKey::prefixed(ok.error(), prefix));
        }
        if (ids.contains(discounts[i].id)) {
            return fail(Error::invalid(prefix + QStringLiteral(".id"),
                                       tr("Discount %1 is listed twice.").arg(discounts[i].id)));
        }
        ids.insert(discounts[i].id);
    }
    QList<Discount> ordered = discounts;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Discount& a, const Discount& b) {
        return a.scope == Discount::Scope::Plan && b.scope == Discount::Scope::Payer;
    });

    QList<PriceLine> working = lines;
    QList<PriceLine> out;
    for (const Discount& d : ordered) {
        auto groups = positiveGroups(d, working);
        if (!groups) {
            return fail(groups.error());
        }
        auto taken = amounts(d, *groups);
        if (!taken) {
            return fail(taken.error());
        }
        for (qsizetype g = 0; g < groups->size(); ++g) {
            if ((*taken)[g] == 0) {
                continue;
            }
            PriceLine line;
            line.kind = PriceLine::Kind::Discount;
            line.quantity = 1;
            line.unitPriceMinor = line.amountMinor = -(*taken)[g];
            line.args.label = d.label;
            line.args.shareBp = d.kind == Discount::Kind::Percent ? d.value : 0;
            line.taxRateId = (*groups)[g].taxRateId;
            line.planId = d.scope == Discount::Scope::Plan ? d.planId : QString();
            line.sourceKind = PriceLine::Source::Discount;
            line.sourceId = d.id;
            working.append(line);
            out.append(line);
        }
    }
    return out;
}

} // namespace mentordesk
