// SPDX-License-Identifier: GPL-3.0-or-later
// `billing run|settings|tax-rate add|tax-rate list`.
#include "../CommandRegistry.h"
#include "BillingCommandSupport.h"
#include "billing/BillingRun.h"
#include "billing/BillingSettingsService.h"
#include "invoices/InvoiceText.h"

#include <QJsonArray>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BillingCommands)
};

using S = BillingCommandSupport;

int runRun(CommandContext& ctx)
{
    auto currency = S::studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    const bool dryRun = ctx.has(QStringLiteral("dry-run"));
    auto r = BillingRun(ctx.db(), ctx.clock()).run(ctx.value(QStringLiteral("period")), dryRun);
    if (!r) {
        return ctx.failWith(r.error());
    }
    QJsonArray drafts;
    for (const DraftInvoice& d : std::as_const(r->drafts)) {
        QJsonObject o = S::draftJson(d, *currency);
        if (!ctx.json() && !ctx.has(QStringLiteral("lines"))) {
            o.remove(QStringLiteral("items"));
        }
        drafts.append(o);
    }
    if (ctx.json()) {
        QJsonArray bought;
        for (const StoredPackagePurchase& p : std::as_const(r->packagesBought)) {
            bought.append(QJsonObject{{QStringLiteral("id"), p.meta.id},
                                      {QStringLiteral("enrollment_id"), p.enrollmentId},
                                      {QStringLiteral("purchased_on"), p.purchasedOn.toString(Qt::ISODate)},
                                      {QStringLiteral("price"), S::money(p.priceMinor, *currency)}});
        }
        return ctx.emitObject({{QStringLiteral("period"), r->period},
                               {QStringLiteral("dry_run"), r->dryRun},
                               {QStringLiteral("drafts"), drafts},
                               {QStringLiteral("total"), S::money(r->linesTotal, *currency)},
                               {QStringLiteral("total_minor"), r->linesTotal},
                               {QStringLiteral("lessons_billed"), r->lessonsBilled},
                               {QStringLiteral("removed_drafts"), r->removedDrafts},
                               {QStringLiteral("packages_bought"), bought},
                               {QStringLiteral("warnings"), QJsonArray::fromStringList(r->warnings)}});
    }
    ctx.emitList(drafts, {QStringLiteral("payer"), QStringLiteral("lines"), QStringLiteral("net"),
                          QStringLiteral("tax"), QStringLiteral("total"), QStringLiteral("invoice_id")});
    if (ctx.has(QStringLiteral("lines"))) {
        for (const DraftInvoice& d : std::as_const(r->drafts)) {
            ctx.out() << u'\n' << d.payerName << u'\n';
            QString group;
            for (const DraftLine& l : d.lines) {
                if (l.groupLabel != group) {
                    group = l.groupLabel;
                    ctx.out() << QStringLiteral("  ") << group << u'\n';
                }
                ctx.out() << QStringLiteral("    %1  %2\n")
                                 .arg(S::money(l.line.amountMinor, *currency), 12)
                                 .arg(l.description);
            }
        }
    }
    for (const QString& w : std::as_const(r->warnings)) {
        ctx.err() << Tr::tr("warning: %1").arg(w) << u'\n';
    }
    ctx.out() << (dryRun ? Tr::tr("Preview of %1: %n draft invoice(s), %2 %3 in total; nothing was stored.", nullptr,
                                  static_cast<int>(r->drafts.size()))
                         : Tr::tr("Billed %1: %n draft invoice(s), %2 %3 in total.", nullptr,
                                  static_cast<int>(r->drafts.size())))
                     .arg(r->period, S::money(r->linesTotal, *currency), currency->code())
              << u'\n';
    return kExitOk;
}

QJsonObject settingsJson(const BillingSettings& b, BillingSettingsService& service)
{
    auto invoices = service.series(b.invoiceSeriesId);
    auto credits = service.series(b.creditNoteSeriesId);
    return {{QStringLiteral("tax_mode"), TaxRate::modeKey(b.taxMode)},
            {QStringLiteral("late_cancel_hours"), b.attendance.lateCancelHours},
            {QStringLiteral("late_cancel_percent"), InvoiceText::percent(b.attendance.lateCancelPercentBp)},
            {QStringLiteral("no_show_percent"), InvoiceText::percent(b.attendance.noShowPercentBp)},
            {QStringLiteral("make_up_credits"), b.attendance.makeUpCredits},
            {QStringLiteral("invoice_prefix"), invoices ? invoices->prefix : QString()},
            {QStringLiteral("next_invoice_number"), invoices ? invoices->format(invoices->nextNumber) : QString()},
            {QStringLiteral("credit_note_prefix"), credits ? credits->prefix : QString()},
            {QStringLiteral("next_credit_note_number"), credits ? credits->format(credits->nextNumber) : QString()},
            {QStringLiteral("payment_terms_note"), b.paymentTermsNote}};
}

int runSettings(CommandContext& ctx)
{
    BillingSettingsChanges c;
    if (ctx.has(QStringLiteral("tax-mode"))) {
        auto mode = TaxRate::parseMode(ctx.value(QStringLiteral("tax-mode")), QStringLiteral("tax_mode"));
        if (!mode) {
            return ctx.failWith(mode.error());
        }
        c.taxMode = *mode;
    }
    if (ctx.has(QStringLiteral("late-cancel-hours"))) {
        auto h = ctx.integer(QStringLiteral("late-cancel-hours"), 0, 720, 24);
        if (!h) {
            return ctx.failWith(h.error());
        }
        c.lateCancelHours = static_cast<int>(*h);
    }
    for (const auto& [option, field, target] :
         {std::tuple{QStringLiteral("late-cancel-percent"), QStringLiteral("late_cancel_percent"),
                     &c.lateCancelPercentBp},
          std::tuple{QStringLiteral("no-show-percent"), QStringLiteral("no_show_percent"), &c.noShowPercentBp}}) {
        if (ctx.has(option)) {
            auto bp = S::percent(ctx, option, 0, field);
            if (!bp) {
                return ctx.failWith(bp.error());
            }
            *target = *bp;
        }
    }
    if (ctx.has(QStringLiteral("make-up-credits"))) {
        const QString v = ctx.value(QStringLiteral("make-up-credits")).trimmed().toLower();
        if (v != QStringLiteral("on") && v != QStringLiteral("off")) {
            return ctx.failWith(Error::invalid(QStringLiteral("make_up_credits"),
                                               Tr::tr("--make-up-credits is on or off, not “%1”.").arg(v)));
        }
        c.makeUpCredits = v == QStringLiteral("on");
    }
    if (ctx.has(QStringLiteral("invoice-prefix"))) {
        c.invoicePrefix = ctx.value(QStringLiteral("invoice-prefix"));
    }
    if (ctx.has(QStringLiteral("credit-note-prefix"))) {
        c.creditNotePrefix = ctx.value(QStringLiteral("credit-note-prefix"));
    }
    if (ctx.has(QStringLiteral("payment-terms-note"))) {
        c.paymentTermsNote = ctx.value(QStringLiteral("payment-terms-note"));
    }
    BillingSettingsService service(ctx.db(), ctx.clock());
    const bool changes = c.taxMode || c.lateCancelHours || c.lateCancelPercentBp || c.noShowPercentBp ||
                         c.makeUpCredits || c.invoicePrefix || c.creditNotePrefix || c.paymentTermsNote;
    auto settings = changes ? service.update(c) : service.settings();
    if (!settings) {
        return ctx.failWith(settings.error());
    }
    return ctx.emitObject(settingsJson(*settings, service));
}

QJsonObject rateJson(const StoredTaxRate& r)
{
    return {{QStringLiteral("id"), r.meta.id},
            {QStringLiteral("label"), r.rate.label},
            {QStringLiteral("rate"), InvoiceText::percent(r.rate.rateBp)},
            {QStringLiteral("rate_bp"), r.rate.rateBp}};
}

int runTaxRateAdd(CommandContext& ctx)
{
    auto bp = S::percent(ctx, QStringLiteral("rate"), 0, QStringLiteral("rate"));
    if (!bp) {
        return ctx.failWith(bp.error());
    }
    auto r = BillingSettingsService(ctx.db(), ctx.clock()).addTaxRate(ctx.value(QStringLiteral("label")), *bp);
    if (!r) {
        return ctx.failWith(r.error());
    }
    return ctx.emitDone(Tr::tr("Added tax rate %1 (%2).").arg(r->rate.label, r->meta.id), rateJson(*r));
}

int runTaxRateList(CommandContext& ctx)
{
    auto rates = BillingSettingsService(ctx.db(), ctx.clock()).taxRates();
    if (!rates) {
        return ctx.failWith(rates.error());
    }
    QJsonArray rows;
    for (const StoredTaxRate& r : std::as_const(*rates)) {
        rows.append(rateJson(r));
    }
    return ctx.emitList(rows, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("rate")});
}

} // namespace

void registerBillingCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("billing");
    registry.add({noun,
                  QStringLiteral("run"),
                  Tr::tr("Bill a month: one draft invoice per payer (re-running refreshes the drafts)"),
                  {{QStringLiteral("period"), QStringLiteral("YYYY-MM"), Tr::tr("the month to bill"), true},
                   {QStringLiteral("dry-run"), QString(), Tr::tr("preview only; store nothing")},
                   {QStringLiteral("lines"), QString(), Tr::tr("also print every line (text output)")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli billing run --period 2026-03 --dry-run --lines\n"
                                 "  mentordesk-cli billing run --period 2026-03"),
                  true,
                  false,
                  runRun});
    registry.add(
        {noun,
         QStringLiteral("settings"),
         Tr::tr("Show or change tax mode, attendance rules and invoice numbering"),
         {{QStringLiteral("tax-mode"), QStringLiteral("exclusive|inclusive"), Tr::tr("prices exclude or include tax")},
          {QStringLiteral("late-cancel-hours"), QStringLiteral("N"),
           Tr::tr("a cancellation later than N hours before the start is late")},
          {QStringLiteral("late-cancel-percent"), QStringLiteral("PERCENT"),
           Tr::tr("share billed for a late cancellation")},
          {QStringLiteral("no-show-percent"), QStringLiteral("PERCENT"), Tr::tr("share billed for a no-show")},
          {QStringLiteral("make-up-credits"), QStringLiteral("on|off"),
           Tr::tr("a billed late cancellation earns a make-up lesson")},
          {QStringLiteral("invoice-prefix"), QStringLiteral("TEXT"),
           Tr::tr("number invoices in the series with this prefix")},
          {QStringLiteral("credit-note-prefix"), QStringLiteral("TEXT"),
           Tr::tr("number credit notes in the series with this prefix")},
          {QStringLiteral("payment-terms-note"), QStringLiteral("TEXT"),
           Tr::tr("printed under the totals (bank details…)")}},
         QString(),
         QStringLiteral("  mentordesk-cli billing settings --tax-mode inclusive --late-cancel-hours 24 "
                        "--late-cancel-percent 50\n  mentordesk-cli billing settings --invoice-prefix 2027-"),
         true,
         false,
         runSettings});
    registry.add({noun,
                  QStringLiteral("tax-rate add"),
                  Tr::tr("Add a tax rate"),
                  {{QStringLiteral("label"), QStringLiteral("TEXT"), Tr::tr("name, e.g. \"GST 9 %\""), true},
                   {QStringLiteral("rate"), QStringLiteral("PERCENT"), Tr::tr("the rate, e.g. 9 or 7.5"), true}},
                  QString(),
                  QStringLiteral("  mentordesk-cli billing tax-rate add --label \"VAT 19 %\" --rate 19"),
                  true,
                  false,
                  runTaxRateAdd});
    registry.add({noun,
                  QStringLiteral("tax-rate list"),
                  Tr::tr("List the tax rates"),
                  {},
                  QString(),
                  QStringLiteral("  mentordesk-cli billing tax-rate list"),
                  true,
                  false,
                  runTaxRateList});
}

} // namespace mentordesk::cli
