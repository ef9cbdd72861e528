// SPDX-License-Identifier: GPL-3.0-or-later
// `payer balance`, `export journal` (`report aging` is in ReportCommands.cpp).
#include "../CommandRegistry.h"
#include "BillingCommandSupport.h"
#include "invoices/JournalExporter.h"
#include "invoices/ReceivablesService.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesCommands)
};

using S = BillingCommandSupport;

QJsonObject balanceJson(const PayerBalance& b, const Currency& c)
{
    return {{QStringLiteral("payer_id"), b.payerId},
            {QStringLiteral("payer"), b.payerName},
            {QStringLiteral("invoiced"), S::money(b.invoicedMinor, c)},
            {QStringLiteral("credited"), S::money(b.creditedMinor, c)},
            {QStringLiteral("paid"), S::money(b.paidMinor, c)},
            {QStringLiteral("open"), S::money(b.openMinor, c)},
            {QStringLiteral("overdue"), S::money(b.overdueMinor, c)},
            {QStringLiteral("credit"), S::money(b.creditMinor, c)},
            {QStringLiteral("balance"), S::money(b.netMinor(), c)},
            {QStringLiteral("open_minor"), b.openMinor},
            {QStringLiteral("credit_minor"), b.creditMinor},
            {QStringLiteral("balance_minor"), b.netMinor()},
            {QStringLiteral("open_invoices"), b.openInvoices}};
}

int runBalance(CommandContext& ctx)
{
    auto asOf = ctx.date(QStringLiteral("as-of"));
    auto currency = S::studioCurrency(ctx);
    if (!asOf || !currency) {
        return ctx.failWith(!asOf ? asOf.error() : currency.error());
    }
    ReceivablesService service(ctx.db(), ctx.clock());
    if (ctx.has(QStringLiteral("id"))) {
        auto b = service.balance(ctx.value(QStringLiteral("id")), *asOf);
        if (!b) {
            return ctx.failWith(b.error());
        }
        return ctx.emitObject(balanceJson(*b, *currency));
    }
    auto all = service.balances(*asOf);
    if (!all) {
        return ctx.failWith(all.error());
    }
    QJsonArray rows;
    for (const PayerBalance& b : std::as_const(*all)) {
        rows.append(balanceJson(b, *currency));
    }
    return ctx.emitList(rows, {QStringLiteral("payer"), QStringLiteral("open"), QStringLiteral("overdue"),
                               QStringLiteral("credit"), QStringLiteral("balance"), QStringLiteral("payer_id")});
}

int runJournal(CommandContext& ctx)
{
    auto from = ctx.date(QStringLiteral("from"));
    auto to = ctx.date(QStringLiteral("to"));
    if (!from || !to) {
        return ctx.failWith(!from ? from.error() : to.error());
    }
    JournalExporter exporter(ctx.db(), ctx.clock());
    if (!ctx.has(QStringLiteral("out"))) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto stats = exporter.write(buffer, *from, *to);
        if (!stats) {
            return ctx.failWith(stats.error());
        }
        ctx.out() << QString::fromUtf8(bytes);
        return kExitOk;
    }
    QFile file(ctx.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return ctx.failWith(Error::storage(Tr::tr("Cannot write “%1”: %2").arg(file.fileName(), file.errorString())));
    }
    auto stats = exporter.write(file, *from, *to);
    if (!stats) {
        return ctx.failWith(stats.error());
    }
    return ctx.emitDone(Tr::tr("Wrote %1: %2 invoices, %3 credit notes, %4 payments.")
                            .arg(file.fileName())
                            .arg(stats->invoices)
                            .arg(stats->creditNotes)
                            .arg(stats->payments),
                        {{QStringLiteral("file"), file.fileName()},
                         {QStringLiteral("invoices"), stats->invoices},
                         {QStringLiteral("credit_notes"), stats->creditNotes},
                         {QStringLiteral("payments"), stats->payments}});
}

} // namespace

void registerReceivablesCommands(CommandRegistry& registry)
{
    const OptionSpec asOf{QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), Tr::tr("the day (default today)")};
    registry.add({QStringLiteral("payer"),
                  QStringLiteral("balance"),
                  Tr::tr("What a payer owes and holds as credit (all payers with a balance without --id)"),
                  {{QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("payer id")}, asOf},
                  QString(),
                  QStringLiteral("  mentordesk-cli payer balance --id ID\n  mentordesk-cli payer balance"),
                  true,
                  false,
                  runBalance});
    registry.add({QStringLiteral("export"),
                  QStringLiteral("journal"),
                  Tr::tr("Export invoices, credit notes and payments as an hledger journal"),
                  {{QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("write to FILE instead of standard output")},
                   {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first day")},
                   {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), Tr::tr("last day")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli export journal --out studio.journal && hledger -f studio.journal "
                                 "balance"),
                  true,
                  false,
                  runJournal});
}

} // namespace mentordesk::cli
