// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/TaxCalculator.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

#include <QSet>

namespace mentordesk {

namespace {

Result<void> checkRates(const QList<TaxRate>& rates)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const QString prefix = FieldKey::indexed(QStringLiteral("tax_rates"), i);
        if (auto ok = rates[i].validate(); !ok) {
            return fail(FieldKey::prefixed(ok.error(), prefix));
        }
        if (ids.contains(rates[i].id)) {
            return fail(Error::invalid(prefix + QStringLiteral(".id"),
                                       TaxCalculator::tr("Tax rate %1 is listed twice.").arg(rates[i].id)));
        }
        ids.insert(rates[i].id);
    }
    return {};
}

Result<void> settle(TaxSummary::Group& g, TaxMode mode)
{
    if (mode == TaxMode::Exclusive) {
        auto tax = BillingMath::scaled(g.linesSubtotal, g.rateBp, BillingMath::kFullShareBp);
        if (!tax) {
            return fail(tax.error());
        }
        g.net = g.linesSubtotal;
        g.tax = *tax;
        auto gross = BillingMath::add(g.net, g.tax);
        if (!gross) {
            return fail(gross.error());
        }
        g.gross = *gross;
        return {};
    }
    auto net = BillingMath::scaled(g.linesSubtotal, BillingMath::kFullShareBp, BillingMath::kFullShareBp + g.rateBp);
    if (!net) {
        return fail(net.error());
    }
    g.gross = g.linesSubtotal;
    g.net = *net;
    g.tax = g.gross - g.net; // |net| ≤ |gross|: cannot overflow
    return {};
}

} // namespace

Result<TaxSummary> TaxCalculator::summarize(const QList<PriceLine>& lines, const QList<TaxRate>& rates, TaxMode mode)
{
    if (auto ok = checkRates(rates); !ok) {
        return fail(ok.error());
    }
    TaxSummary out;
    out.mode = mode;
    QList<TaxSummary::Group> groups;
    for (const TaxRate& r : rates) {
        groups.append(TaxSummary::Group{r.id, r.label, r.rateBp, 0, 0, 0, 0});
    }
    groups.append(TaxSummary::Group{}); // untaxed lines
    QList<bool> used(groups.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& id = lines[i].taxRateId;
        qsizetype g = groups.size() - 1;
        if (!id.isEmpty()) {
            g = 0;
            while (g < rates.size() && rates[g].id != id) {
                ++g;
            }
            if (g == rates.size()) {
                return fail(Error::invalid(FieldKey::indexed(QStringLiteral("lines"), i, QStringLiteral("tax_rate_id")),
                                           tr("“%1” is not one of the studio's tax rates.").arg(id)));
            }
        }
        auto sum = BillingMath::add(groups[g].linesSubtotal, lines[i].amountMinor);
        if (!sum) {
            return fail(sum.error());
        }
        groups[g].linesSubtotal = *sum;
        used[g] = true;
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (!used[g]) {
            continue;
        }
        if (auto ok = settle(groups[g], mode); !ok) {
            return fail(ok.error());
        }
        const qint64 parts[] = {groups[g].linesSubtotal, groups[g].net, groups[g].tax, groups[g].gross};
        qint64* totals[] = {&out.linesTotal, &out.netTotal, &out.taxTotal, &out.grandTotal};
        for (int k = 0; k < 4; ++k) {
            auto sum = BillingMath::add(*totals[k], parts[k]);
            if (!sum) {
                return fail(sum.error());
            }
            *totals[k] = *sum;
        }
        out.groups.append(groups[g]);
    }
    return out;
}

} // namespace mentordesk
