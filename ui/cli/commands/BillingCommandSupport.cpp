// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingCommandSupport.h"

#include "billing/PlanCodec.h"
#include "invoices/InvoiceService.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "studio/StudioService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mentordesk::cli {

Result<Currency> BillingCommandSupport::studioCurrency(CommandContext& ctx)
{
    auto settings = StudioService(ctx.db(), ctx.clock()).settings();
    if (!settings) {
        return fail(settings.error());
    }
    return Currency::fromCode(settings->currency);
}

Result<qint64> BillingCommandSupport::amount(const CommandContext& ctx, const QString& name, const Currency& currency,
                                             qint64 fallback, const QString& field)
{
    if (!ctx.has(name)) {
        return fallback;
    }
    auto m = Money::parse(ctx.value(name), currency, field);
    if (!m) {
        return fail(m.error());
    }
    return m->minorUnits();
}

Result<qint64> BillingCommandSupport::parsePercent(const QString& text, const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*%?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return fail(Error::invalid(field, tr("“%1” is not a percentage; write for example 19 or 7.5.").arg(text)));
    }
    const QString fraction = m.captured(2).leftJustified(2, u'0');
    const qint64 bp = m.captured(1).toLongLong() * 100 + fraction.toLongLong();
    if (bp > 10000) {
        return fail(Error::invalid(field, tr("A percentage cannot be more than 100 (got %1).").arg(text)));
    }
    return bp;
}

Result<qint64> BillingCommandSupport::percent(const CommandContext& ctx, const QString& name, qint64 fallback,
                                              const QString& field)
{
    return ctx.has(name) ? parsePercent(ctx.value(name), field) : Result<qint64>(fallback);
}

QString BillingCommandSupport::money(qint64 minor, const Currency& currency)
{
    return Money(minor, currency).toPlainString();
}

Result<QDate> BillingCommandSupport::dateOrToday(CommandContext& ctx, const QString& name)
{
    auto d = ctx.date(name);
    if (!d || d->isValid()) {
        return d;
    }
    return InvoiceService(ctx.db(), ctx.clock()).today();
}

QJsonObject BillingCommandSupport::planJson(const StoredPlan& p, const QDate& until)
{
    QJsonObject o{{QStringLiteral("id"), p.meta.id},
                  {QStringLiteral("label"), p.plan.label},
                  {QStringLiteral("kind"), Plan::kindKey(p.plan.kind())},
                  {QStringLiteral("effective_from"), p.plan.effectiveFrom.toString(Qt::ISODate)},
                  {QStringLiteral("until"), until.isValid() ? until.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("tax_rate_id"), p.plan.taxRateId},
                  {QStringLiteral("terms"), PlanCodec::toJson(p.plan.terms)}};
    if (!p.enrollmentId.isEmpty()) {
        o.insert(QStringLiteral("enrollment_id"), p.enrollmentId);
    }
    return o;
}

QJsonObject BillingCommandSupport::invoiceJson(const Invoice& i, const Currency& currency)
{
    return {{QStringLiteral("id"), i.meta.id},
            {QStringLiteral("kind"), Invoice::kindKey(i.kind)},
            {QStringLiteral("number"), i.numberText},
            {QStringLiteral("status"), Invoice::statusKey(i.status)},
            {QStringLiteral("payer_id"), i.payerId},
            {QStringLiteral("payer"), i.payerName},
            {QStringLiteral("period"), i.period},
            {QStringLiteral("issue_date"), i.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), i.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("currency"), i.currency},
            {QStringLiteral("language"), i.language},
            {QStringLiteral("tax_mode"), TaxRate::modeKey(i.taxMode)},
            {QStringLiteral("net"), money(i.netTotal, currency)},
            {QStringLiteral("tax"), money(i.taxTotal, currency)},
            {QStringLiteral("total"), money(i.grandTotal, currency)},
            {QStringLiteral("paid"), money(i.paidMinor, currency)},
            {QStringLiteral("credited"), money(i.creditedMinor, currency)},
            {QStringLiteral("balance"), money(i.balanceMinor(), currency)},
            {QStringLiteral("total_minor"), i.grandTotal},
            {QStringLiteral("paid_minor"), i.paidMinor},
            {QStringLiteral("credited_minor"), i.creditedMinor},
            {QStringLiteral("balance_minor"), i.balanceMinor()},
            {QStringLiteral("credits_invoice_id"), i.creditedInvoiceId},
            {QStringLiteral("reason"), i.reason},
            {QStringLiteral("version"), i.meta.version}};
}

QJsonObject BillingCommandSupport::lineJson(const InvoiceLine& l, const Currency& currency)
{
    return {{QStringLiteral("id"), l.meta.id},
            {QStringLiteral("position"), l.position},
            {QStringLiteral("group"), l.groupLabel},
            {QStringLiteral("kind"), l.kind},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("unit_price"), money(l.unitPriceMinor, currency)},
            {QStringLiteral("amount"), money(l.amountMinor, currency)},
            {QStringLiteral("amount_minor"), l.amountMinor},
            {QStringLiteral("tax_rate"), l.taxLabel},
            {QStringLiteral("source_kind"), l.sourceKind},
            {QStringLiteral("source_id"), l.sourceId},
            {QStringLiteral("args"), QJsonDocument::fromJson(l.argsJson.toUtf8()).object()}};
}

QJsonObject BillingCommandSupport::draftJson(const DraftInvoice& d, const Currency& currency)
{
    QJsonArray lines;
    for (const DraftLine& l : d.lines) {
        lines.append(QJsonObject{{QStringLiteral("group"), l.groupLabel},
                                 {QStringLiteral("kind"), PriceLine::kindKey(l.line.kind)},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.line.quantity},
                                 {QStringLiteral("amount"), money(l.line.amountMinor, currency)},
                                 {QStringLiteral("amount_minor"), l.line.amountMinor}});
    }
    return {{QStringLiteral("invoice_id"), d.invoiceId},
            {QStringLiteral("payer_id"), d.payerId},
            {QStringLiteral("payer"), d.payerName},
            {QStringLiteral("lines"), static_cast<int>(d.lines.size())},
            {QStringLiteral("net"), money(d.taxes.netTotal, currency)},
            {QStringLiteral("tax"), money(d.taxes.taxTotal, currency)},
            {QStringLiteral("total"), money(d.taxes.grandTotal, currency)},
            {QStringLiteral("total_minor"), d.taxes.grandTotal},
            {QStringLiteral("items"), lines}};
}

} // namespace mentordesk::cli
