// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingOutput.h"

#include "BillingCommandSupport.h"
#include "invoices/ReceivablesService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mentordesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};
} // namespace

int AgingOutput::print(CommandContext& ctx, const QDate& asOf)
{
    using S = BillingCommandSupport;
    auto currency = S::studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    auto report = ReceivablesService(ctx.db(), ctx.clock()).aging(asOf);
    if (!report) {
        return ctx.failWith(report.error());
    }
    static const QStringList buckets = {QStringLiteral("current"), QStringLiteral("1-30"), QStringLiteral("31-60"),
                                        QStringLiteral("61-90"), QStringLiteral("90+")};
    const auto row = [&](const AgingRow& r, const QString& name) {
        QJsonObject o{{QStringLiteral("payer"), name},
                      {QStringLiteral("payer_id"), r.payerId},
                      {QStringLiteral("total"), S::money(r.total(), *currency)}};
        for (int i = 0; i < 5; ++i) {
            o.insert(buckets[i], S::money(r.buckets[i], *currency));
        }
        return o;
    };
    QJsonArray rows;
    for (const AgingRow& r : std::as_const(report->rows)) {
        rows.append(row(r, r.payerName));
    }
    if (ctx.json()) {
        return ctx.emitObject({{QStringLiteral("as_of"), report->asOf.toString(Qt::ISODate)},
                               {QStringLiteral("rows"), rows},
                               {QStringLiteral("totals"), row(report->totals, Tr::tr("Total"))}});
    }
    rows.append(row(report->totals, Tr::tr("Total")));
    QStringList columns{QStringLiteral("payer")};
    columns << buckets << QStringLiteral("total");
    return ctx.emitList(rows, columns);
}

} // namespace mentordesk::cli
