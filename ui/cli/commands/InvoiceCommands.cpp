// SPDX-License-Identifier: GPL-3.0-or-later
// `invoice list|show|issue|credit|pay|pdf|export|overdue`.
#include "../CommandRegistry.h"
#include "BillingCommandSupport.h"
#include "InvoicePdfRenderer.h"
#include "invoices/CreditNoteService.h"
#include "invoices/InvoiceCsvExporter.h"
#include "invoices/InvoiceDocumentBuilder.h"
#include "invoices/InvoiceService.h"
#include "invoices/InvoiceText.h"
#include "invoices/PaymentService.h"
#include "invoices/ReceivablesService.h"
#include "money/Money.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCommands)
};

using S = BillingCommandSupport;

const OptionSpec kId{QStringLiteral("id"), QStringLiteral("ID|NUMBER"), Tr::tr("invoice id or number (INV-0042)"),
                     true};

Result<InvoiceFilter> filterFrom(const CommandContext& ctx)
{
    InvoiceFilter f;
    if (ctx.has(QStringLiteral("status"))) {
        f.status = Invoice::statusFromKey(ctx.value(QStringLiteral("status")));
        if (!f.status) {
            return fail(
                Error::invalid(QStringLiteral("status"),
                               Tr::tr("“%1” is not an invoice status (draft, issued, partly_paid, paid, overdue, "
                                      "credited).")
                                   .arg(ctx.value(QStringLiteral("status")))));
        }
    }
    if (ctx.has(QStringLiteral("kind"))) {
        const QString k = ctx.value(QStringLiteral("kind")).trimmed().replace(u'-', u'_');
        if (k != QStringLiteral("invoice") && k != QStringLiteral("credit_note")) {
            return fail(Error::invalid(QStringLiteral("kind"), Tr::tr("--kind is invoice or credit_note.")));
        }
        f.kind = k == QStringLiteral("invoice") ? InvoiceKind::Invoice : InvoiceKind::CreditNote;
    }
    f.payerId = ctx.value(QStringLiteral("payer"));
    f.period = ctx.value(QStringLiteral("period"));
    auto from = ctx.date(QStringLiteral("from"));
    auto to = ctx.date(QStringLiteral("to"));
    if (!from || !to) {
        return fail(!from ? from.error() : to.error());
    }
    f.issuedFrom = *from;
    f.issuedTo = *to;
    return f;
}

QList<OptionSpec> filterOptions()
{
    return {{QStringLiteral("status"), QStringLiteral("STATUS"),
             Tr::tr("draft, issued, partly_paid, paid, overdue or credited")},
            {QStringLiteral("kind"), QStringLiteral("invoice|credit_note"), Tr::tr("only invoices or credit notes")},
            {QStringLiteral("payer"), QStringLiteral("ID"), Tr::tr("one payer's")},
            {QStringLiteral("period"), QStringLiteral("YYYY-MM"), Tr::tr("made by the billing run of this month")},
            {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("issued on or after")},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), Tr::tr("issued on or before")}};
}

int runList(CommandContext& ctx)
{
    auto currency = S::studioCurrency(ctx);
    auto filter = filterFrom(ctx);
    auto limit = ctx.integer(QStringLiteral("limit"), 1, 10000, 100);
    auto offset = ctx.integer(QStringLiteral("offset"), 0, 100000000, 0);
    if (!currency || !filter || !limit || !offset) {
        return ctx.failWith(!currency ? currency.error()
                            : !filter ? filter.error()
                            : !limit  ? limit.error()
                                      : offset.error());
    }
    auto page =
        InvoiceService(ctx.db(), ctx.clock()).list(*filter, {static_cast<int>(*offset), static_cast<int>(*limit)});
    if (!page) {
        return ctx.failWith(page.error());
    }
    QJsonArray rows;
    for (const Invoice& i : std::as_const(page->items)) {
        rows.append(S::invoiceJson(i, *currency));
    }
    return ctx.emitList(rows,
                        {QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("payer"),
                         QStringLiteral("issue_date"), QStringLiteral("due_date"), QStringLiteral("total"),
                         QStringLiteral("balance"), QStringLiteral("id")},
                        page->total);
}

int emitDetail(CommandContext& ctx, const InvoiceDetail& d)
{
    auto currency = Currency::fromCode(d.invoice.currency);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    QJsonObject o = S::invoiceJson(d.invoice, *currency);
    QJsonArray lines;
    for (const InvoiceLine& l : d.lines) {
        lines.append(S::lineJson(l, *currency));
    }
    QJsonArray taxes;
    for (const InvoiceTax& t : d.taxes) {
        taxes.append(QJsonObject{{QStringLiteral("label"), t.label},
                                 {QStringLiteral("rate"), InvoiceText::percent(t.rateBp)},
                                 {QStringLiteral("net"), S::money(t.net, *currency)},
                                 {QStringLiteral("tax"), S::money(t.tax, *currency)},
                                 {QStringLiteral("gross"), S::money(t.gross, *currency)}});
    }
    QJsonArray payments;
    for (const Payment& p : d.payments) {
        payments.append(QJsonObject{{QStringLiteral("id"), p.meta.id},
                                    {QStringLiteral("date"), p.paidOn.toString(Qt::ISODate)},
                                    {QStringLiteral("amount"), S::money(p.amountMinor, *currency)},
                                    {QStringLiteral("applied"), S::money(p.appliedMinor, *currency)},
                                    {QStringLiteral("method"), p.method},
                                    {QStringLiteral("reference"), p.reference}});
    }
    QJsonArray notes;
    for (const Invoice& n : d.creditNotes) {
        notes.append(QJsonObject{{QStringLiteral("id"), n.meta.id},
                                 {QStringLiteral("number"), n.numberText},
                                 {QStringLiteral("total"), S::money(n.grandTotal, *currency)}});
    }
    if (ctx.json()) {
        o.insert(QStringLiteral("lines"), lines);
        o.insert(QStringLiteral("taxes"), taxes);
        o.insert(QStringLiteral("payments"), payments);
        o.insert(d.invoice.kind == InvoiceKind::CreditNote ? QStringLiteral("credits") : QStringLiteral("credit_notes"),
                 notes);
        return ctx.emitObject(o);
    }
    for (const QString& k :
         {QStringLiteral("total_minor"), QStringLiteral("paid_minor"), QStringLiteral("credited_minor"),
          QStringLiteral("balance_minor"), QStringLiteral("version")}) {
        o.remove(k);
    }
    ctx.emitObject(o);
    ctx.out() << u'\n';
    ctx.emitList(lines, {QStringLiteral("position"), QStringLiteral("group"), QStringLiteral("description"),
                         QStringLiteral("quantity"), QStringLiteral("unit_price"), QStringLiteral("tax_rate"),
                         QStringLiteral("amount"), QStringLiteral("id")});
    if (!payments.isEmpty()) {
        ctx.out() << u'\n';
        ctx.emitList(payments, {QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("applied"),
                                QStringLiteral("method"), QStringLiteral("reference")});
    }
    return kExitOk;
}

int runShow(CommandContext& ctx)
{
    auto d = InvoiceService(ctx.db(), ctx.clock()).get(ctx.value(QStringLiteral("id")));
    if (!d) {
        return ctx.failWith(d.error());
    }
    return emitDetail(ctx, *d);
}

int runIssue(CommandContext& ctx)
{
    auto date = ctx.date(QStringLiteral("date"));
    auto currency = S::studioCurrency(ctx);
    if (!date || !currency) {
        return ctx.failWith(!date ? date.error() : currency.error());
    }
    const bool byPeriod = ctx.has(QStringLiteral("period"));
    if (byPeriod == ctx.has(QStringLiteral("id"))) {
        return ctx.usageError(Tr::tr("give --id ID or --period YYYY-MM"));
    }
    InvoiceService service(ctx.db(), ctx.clock(), ctx.actor());
    Result<QList<Invoice>> issued =
        byPeriod ? service.issuePeriod(ctx.value(QStringLiteral("period")), *date)
                 : service.issue(ctx.value(QStringLiteral("id")), *date).map([](const Invoice& i) {
                       return QList<Invoice>{i};
                   });
    if (!issued) {
        return ctx.failWith(issued.error());
    }
    QJsonArray rows;
    for (const Invoice& i : std::as_const(*issued)) {
        rows.append(S::invoiceJson(i, *currency));
    }
    if (ctx.json()) {
        return byPeriod ? ctx.emitList(rows, {}) : ctx.emitObject(rows.first().toObject());
    }
    for (const Invoice& i : std::as_const(*issued)) {
        ctx.out() << Tr::tr("Issued %1 to %2: %3 %4, due %5.")
                         .arg(i.numberText, i.payerName, S::money(i.grandTotal, *currency), currency->code(),
                              i.dueDate.toString(Qt::ISODate))
                  << u'\n';
    }
    return kExitOk;
}

int runCredit(CommandContext& ctx)
{
    auto date = ctx.date(QStringLiteral("date"));
    auto currency = S::studioCurrency(ctx);
    if (!date || !currency) {
        return ctx.failWith(!date ? date.error() : currency.error());
    }
    CreditRequest request;
    request.date = *date;
    request.reason = ctx.value(QStringLiteral("reason"));
    const QStringList lines = ctx.values(QStringLiteral("line"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype eq = lines[i].indexOf(u'=');
        CreditRequest::Line l{eq < 0 ? lines[i] : lines[i].left(eq), std::nullopt};
        if (eq >= 0) {
            auto m = Money::parse(lines[i].mid(eq + 1), *currency, QStringLiteral("lines[%1].amount").arg(i));
            if (!m) {
                return ctx.failWith(m.error());
            }
            l.amountMinor = m->minorUnits();
        }
        request.lines.append(l);
    }
    auto note = CreditNoteService(ctx.db(), ctx.clock(), ctx.actor()).credit(ctx.value(QStringLiteral("id")), request);
    if (!note) {
        return ctx.failWith(note.error());
    }
    if (ctx.json()) {
        return emitDetail(ctx, *note);
    }
    ctx.out() << Tr::tr("Issued credit note %1 for %2 %3 (corrects %4).")
                     .arg(note->invoice.numberText, S::money(note->invoice.grandTotal, *currency), currency->code(),
                          note->creditNotes.isEmpty() ? QString() : note->creditNotes.first().numberText)
              << u'\n';
    return kExitOk;
}

int runPay(CommandContext& ctx)
{
    auto currency = S::studioCurrency(ctx);
    auto date = ctx.date(QStringLiteral("date"));
    if (!currency || !date) {
        return ctx.failWith(!currency ? currency.error() : date.error());
    }
    auto amount = S::amount(ctx, QStringLiteral("amount"), *currency, 0, QStringLiteral("amount"));
    if (!amount) {
        return ctx.failWith(amount.error());
    }
    PaymentInput in{*date, *amount, ctx.value(QStringLiteral("method"), QStringLiteral("bank_transfer")),
                    ctx.value(QStringLiteral("reference"))};
    auto out = PaymentService(ctx.db(), ctx.clock(), ctx.actor()).record(ctx.value(QStringLiteral("id")), in);
    if (!out) {
        return ctx.failWith(out.error());
    }
    QJsonObject o = S::invoiceJson(out->invoice, *currency);
    o.insert(QStringLiteral("payment_id"), out->payment.meta.id);
    o.insert(QStringLiteral("to_payer_credit"), S::money(out->toCreditMinor, *currency));
    if (ctx.json()) {
        return ctx.emitObject(o);
    }
    ctx.out() << Tr::tr("Recorded %1 %2 for %3; balance %4 (%5).")
                     .arg(S::money(out->payment.amountMinor, *currency), currency->code(), out->invoice.numberText,
                          S::money(out->invoice.balanceMinor(), *currency), Invoice::statusKey(out->invoice.status))
              << u'\n';
    if (out->toCreditMinor > 0) {
        ctx.out() << Tr::tr("%1 %2 was more than the balance and is kept as the payer's credit.")
                         .arg(S::money(out->toCreditMinor, *currency), currency->code())
                  << u'\n';
    }
    return kExitOk;
}

int runPdf(CommandContext& ctx)
{
    InvoiceService service(ctx.db(), ctx.clock());
    auto d = service.get(ctx.value(QStringLiteral("id")));
    if (!d) {
        return ctx.failWith(d.error());
    }
    auto doc = InvoiceDocumentBuilder(ctx.db(), ctx.clock()).build(*d);
    if (!doc) {
        return ctx.failWith(doc.error());
    }
    const QString path =
        ctx.value(QStringLiteral("out"),
                  (d->invoice.issued ? d->invoice.numberText : QStringLiteral("draft-") + d->invoice.meta.id) +
                      QStringLiteral(".pdf"));
    auto pages = InvoicePdfRenderer::renderToFile(*doc, path);
    if (!pages) {
        return ctx.failWith(pages.error());
    }
    return ctx.emitDone(Tr::tr("Wrote %1 (%n page(s)).", nullptr, *pages).arg(path),
                        {{QStringLiteral("file"), path}, {QStringLiteral("pages"), *pages}});
}

int runExport(CommandContext& ctx)
{
    auto filter = filterFrom(ctx);
    if (!filter) {
        return ctx.failWith(filter.error());
    }
    const bool lines = ctx.has(QStringLiteral("lines"));
    InvoiceCsvExporter exporter(ctx.db(), ctx.clock());
    Result<int> written = 0;
    if (ctx.has(QStringLiteral("out"))) {
        QFile file(ctx.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return ctx.failWith(
                Error::storage(Tr::tr("Cannot write “%1”: %2").arg(file.fileName(), file.errorString())));
        }
        written = exporter.write(file, *filter, lines, ctx.has(QStringLiteral("bom")));
        if (!written) {
            return ctx.failWith(written.error());
        }
        return ctx.emitDone(Tr::tr("Exported %n invoice(s) to %1.", nullptr, *written).arg(file.fileName()),
                            {{QStringLiteral("file"), file.fileName()}, {QStringLiteral("invoices"), *written}});
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    written = exporter.write(buffer, *filter, lines, ctx.has(QStringLiteral("bom")));
    if (!written) {
        return ctx.failWith(written.error());
    }
    ctx.out() << QString::fromUtf8(bytes);
    return kExitOk;
}

int runOverdue(CommandContext& ctx)
{
    auto asOf = ctx.date(QStringLiteral("as-of"));
    auto currency = S::studioCurrency(ctx);
    if (!asOf || !currency) {
        return ctx.failWith(!asOf ? asOf.error() : currency.error());
    }
    auto list = ReceivablesService(ctx.db(), ctx.clock()).overdue(*asOf);
    if (!list) {
        return ctx.failWith(list.error());
    }
    QJsonArray rows;
    for (const OverdueInvoice& o : std::as_const(*list)) {
        QJsonObject row = S::invoiceJson(o.invoice, *currency);
        row.insert(QStringLiteral("days_overdue"), o.daysOverdue);
        row.insert(QStringLiteral("email"), o.payerEmail);
        row.insert(QStringLiteral("reminder_subject"), o.reminderSubject);
        row.insert(QStringLiteral("reminder_body"), o.reminderBody);
        rows.append(row);
    }
    if (ctx.json() || !ctx.has(QStringLiteral("reminders"))) {
        return ctx.emitList(rows, {QStringLiteral("number"), QStringLiteral("payer"), QStringLiteral("due_date"),
                                   QStringLiteral("days_overdue"), QStringLiteral("balance"), QStringLiteral("email")});
    }
    for (const OverdueInvoice& o : std::as_const(*list)) {
        ctx.out() << QStringLiteral("To: %1 <%2>\nSubject: %3\n\n%4\n\n----\n\n")
                         .arg(o.invoice.payerName, o.payerEmail, o.reminderSubject, o.reminderBody);
    }
    return kExitOk;
}

} // namespace

void registerInvoiceCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("invoice");
    QList<OptionSpec> listOptions = filterOptions();
    listOptions << OptionSpec{QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("rows per page (default 100)")}
                << OptionSpec{QStringLiteral("offset"), QStringLiteral("N"), Tr::tr("rows to skip")};
    registry.add({noun, QStringLiteral("list"), Tr::tr("List invoices and credit notes"), listOptions, QString(),
                  QStringLiteral("  mentordesk-cli invoice list --status overdue\n"
                                 "  mentordesk-cli invoice list --period 2026-03 --status draft"),
                  true, false, runList});
    registry.add({noun,
                  QStringLiteral("show"),
                  Tr::tr("Show an invoice with its lines, taxes and payments"),
                  {kId},
                  QString(),
                  QStringLiteral("  mentordesk-cli invoice show --id INV-0042"),
                  true,
                  false,
                  runShow});
    registry.add({noun,
                  QStringLiteral("issue"),
                  Tr::tr("Issue a draft (or all drafts of a month): it gets the next number and can no longer change"),
                  {{QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("the draft")},
                   {QStringLiteral("period"), QStringLiteral("YYYY-MM"), Tr::tr("every draft of this billing run")},
                   {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), Tr::tr("issue date (default today)")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli invoice issue --period 2026-03 --date 2026-04-01\n"
                                 "  mentordesk-cli invoice issue --id ID"),
                  true,
                  false,
                  runIssue});
    registry.add({noun,
                  QStringLiteral("credit"),
                  Tr::tr("Issue a credit note: the whole invoice (void) or some lines"),
                  {kId,
                   {QStringLiteral("line"), QStringLiteral("LINE_ID[=AMOUNT]"),
                    Tr::tr("credit this line, or part of it (repeatable); none = the whole invoice")},
                   {QStringLiteral("reason"), QStringLiteral("TEXT"), Tr::tr("why (printed on the credit note)")},
                   {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), Tr::tr("credit note date (default today)")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli invoice credit --id INV-0042 --reason \"Billed twice\"\n"
                                 "  mentordesk-cli invoice credit --id INV-0042 --line LINE_ID=20.00"),
                  true,
                  false,
                  runCredit});
    registry.add({noun,
                  QStringLiteral("pay"),
                  Tr::tr("Record a payment (beyond the balance it becomes payer credit)"),
                  {kId,
                   {QStringLiteral("amount"), QStringLiteral("AMOUNT"), Tr::tr("amount received"), true},
                   {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), Tr::tr("payment date (default today)")},
                   {QStringLiteral("method"), QStringLiteral("METHOD"),
                    Tr::tr("bank_transfer (default), cash, card, cheque, online, other")},
                   {QStringLiteral("reference"), QStringLiteral("TEXT"), Tr::tr("bank reference, receipt number…")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli invoice pay --id INV-0042 --amount 119.00 --method cash"),
                  true,
                  false,
                  runPay});
    CommandSpec pdf{noun,
                    QStringLiteral("pdf"),
                    Tr::tr("Write an invoice as PDF (English or Chinese, as the invoice's language)"),
                    {kId, {QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("PDF file (default NUMBER.pdf)")}},
                    QString(),
                    QStringLiteral("  mentordesk-cli invoice pdf --id INV-0042 --out INV-0042.pdf"),
                    true,
                    false,
                    runPdf};
    pdf.needsGui = true;
    registry.add(pdf);
    QList<OptionSpec> exportOptions = filterOptions();
    exportOptions << OptionSpec{QStringLiteral("out"), QStringLiteral("FILE"),
                                Tr::tr("write to FILE instead of standard output")}
                  << OptionSpec{QStringLiteral("lines"), QString(), Tr::tr("one row per line instead of per invoice")}
                  << OptionSpec{QStringLiteral("bom"), QString(),
                                Tr::tr("start with a UTF-8 byte-order mark (for Excel)")};
    registry.add({noun, QStringLiteral("export"), Tr::tr("Export invoices as CSV"), exportOptions, QString(),
                  QStringLiteral("  mentordesk-cli invoice export --from 2026-01-01 --to 2026-12-31 --out 2026.csv"),
                  true, false, runExport});
    registry.add({noun,
                  QStringLiteral("overdue"),
                  Tr::tr("List overdue invoices, with reminders ready to send"),
                  {{QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), Tr::tr("the day (default today)")},
                   {QStringLiteral("reminders"), QString(), Tr::tr("print the reminder e-mails (text output)")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli invoice overdue --reminders"),
                  true,
                  false,
                  runOverdue});
}

} // namespace mentordesk::cli
