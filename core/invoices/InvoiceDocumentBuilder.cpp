// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/InvoiceDocumentBuilder.h"

#include "billing/BillingSettingsService.h"
#include "invoices/InvoiceService.h"
#include "invoices/InvoiceText.h"
#include "studio/StudioRepository.h"

namespace mentordesk {

namespace {

/// Time that counts as "time billed" (lessons and their attendance variants, package draws).
bool countsAsTime(const InvoiceLine& l)
{
    static const QStringList kinds = {QStringLiteral("lesson"), QStringLiteral("late_cancel"),
                                      QStringLiteral("no_show"), QStringLiteral("package_draw"),
                                      QStringLiteral("make_up_credit")};
    return l.unit == QStringLiteral("minutes") && kinds.contains(l.kind);
}

} // namespace

InvoiceDocumentBuilder::InvoiceDocumentBuilder(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<InvoiceDocument> InvoiceDocumentBuilder::build(const QString& idOrNumber)
{
    auto detail = InvoiceService(m_db, m_clock).get(idOrNumber);
    if (!detail) {
        return fail(detail.error());
    }
    return build(*detail);
}

Result<InvoiceDocument> InvoiceDocumentBuilder::build(const InvoiceDetail& d)
{
    auto studio = StudioRepository(m_db).load();
    auto settings = BillingSettingsService(m_db, m_clock).settings();
    if (!studio || !settings) {
        return fail(!studio ? studio.error() : settings.error());
    }
    if (!studio->has_value()) {
        return fail(Error::notFound(QStringLiteral("studio")));
    }
    const StudioSettings& s = **studio;
    const Invoice& i = d.invoice;
    auto currency = Currency::fromCode(i.currency);
    if (!currency) {
        return fail(currency.error());
    }
    const InvoiceText t = InvoiceText::forLanguage(i.language);
    const auto money = [&](qint64 minor) { return InvoiceText::money(minor, *currency); };
    const auto date = [](const QDate& day) { return day.toString(Qt::ISODate); };

    InvoiceDocument doc;
    doc.language = t.language();
    doc.title = t.label(i.kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note_title")
                                                          : QStringLiteral("invoice_title"));
    if (!i.issued) {
        doc.watermark = t.label(QStringLiteral("draft"));
    }
    doc.studioName = s.name;
    for (const QString& line : {s.address, s.email, s.phone}) {
        if (!line.trimmed().isEmpty()) {
            doc.studioLines.append(line.trimmed());
        }
    }
    if (!s.taxId.isEmpty()) {
        doc.studioLines.append(t.label(QStringLiteral("tax_id")) + QStringLiteral(": ") + s.taxId);
    }
    doc.billToLabel = t.label(QStringLiteral("bill_to"));
    doc.payerName = i.payerName;
    if (!i.payerAddress.isEmpty()) {
        doc.payerLines.append(i.payerAddress.split(u'\n'));
    }
    if (!i.payerTaxId.isEmpty()) {
        doc.payerLines.append(t.label(QStringLiteral("tax_id")) + QStringLiteral(": ") + i.payerTaxId);
    }
    if (i.issued) {
        doc.facts.append({t.label(QStringLiteral("number")), i.numberText});
        doc.facts.append({t.label(QStringLiteral("issue_date")), date(i.issueDate)});
        if (i.kind == InvoiceKind::Invoice) {
            doc.facts.append({t.label(QStringLiteral("due_date")), date(i.dueDate)});
        }
    }
    if (!i.period.isEmpty()) {
        doc.facts.append({t.label(QStringLiteral("period")), i.period});
    }
    qint64 minutes = 0;
    for (const InvoiceLine& l : d.lines) {
        minutes += countsAsTime(l) ? l.quantity : 0;
    }
    if (minutes != 0) {
        doc.facts.append({t.label(QStringLiteral("hours_total")), t.duration(minutes)});
    }

    doc.headers = {t.label(QStringLiteral("description")), t.label(QStringLiteral("quantity")),
                   t.label(QStringLiteral("unit_price")), t.label(QStringLiteral("tax_rate")),
                   t.label(QStringLiteral("amount"))};
    for (const InvoiceLine& l : d.lines) {
        if (doc.groups.isEmpty() || doc.groups.constLast().label != l.groupLabel) {
            doc.groups.append({l.groupLabel, {}});
        }
        const bool time = l.unit == QStringLiteral("minutes");
        InvoiceDocument::Row row;
        row.description = l.description;
        row.quantity = time ? t.duration(l.quantity) : QString::number(l.quantity);
        row.unitPrice =
            l.unitPriceMinor != 0 ? money(l.unitPriceMinor) + (time ? QStringLiteral(" /h") : QString()) : QString();
        row.tax = l.taxRateId.isEmpty() ? QString() : InvoiceText::percent(l.taxRateBp) + u'%';
        row.amount = money(l.amountMinor);
        doc.groups.last().rows.append(row);
    }

    doc.taxTitle = t.label(QStringLiteral("tax_summary"));
    doc.taxHeaders = {t.label(QStringLiteral("tax_rate")), t.label(QStringLiteral("net")),
                      t.label(QStringLiteral("tax")), t.label(QStringLiteral("gross"))};
    for (const InvoiceTax& x : d.taxes) {
        doc.taxes.append({x.taxRateId.isEmpty() ? t.label(QStringLiteral("untaxed")) : x.label, money(x.net),
                          money(x.tax), money(x.gross)});
    }
    doc.totals.append({t.label(QStringLiteral("net")), money(i.netTotal)});
    doc.totals.append({t.label(QStringLiteral("tax")), money(i.taxTotal)});
    doc.totals.append({t.label(QStringLiteral("total")), money(i.grandTotal)});
    if (i.kind == InvoiceKind::Invoice && i.issued) {
        doc.totals.append({t.label(QStringLiteral("paid")), money(i.paidMinor)});
        if (i.creditedMinor != 0) {
            doc.totals.append({t.label(QStringLiteral("credited")), money(i.creditedMinor)});
        }
        doc.totals.append({t.label(QStringLiteral("balance")), money(i.balanceMinor())});
        doc.notes.append(t.label(QStringLiteral("payment_terms"),
                                 {{QStringLiteral("days"), QString::number(i.issueDate.daysTo(i.dueDate))},
                                  {QStringLiteral("due_date"), date(i.dueDate)}}));
    }
    if (i.kind == InvoiceKind::CreditNote && !d.creditNotes.isEmpty()) {
        doc.notes.append(t.label(QStringLiteral("credits_invoice"),
                                 {{QStringLiteral("number"), d.creditNotes.constFirst().numberText}}));
        if (!i.reason.isEmpty()) {
            doc.notes.append(t.label(QStringLiteral("reason"), {{QStringLiteral("reason"), i.reason}}));
        }
    }
    if (!i.taxRuleNote.isEmpty()) {
        doc.notes.append(i.taxRuleNote);
    }
    if (!settings->paymentTermsNote.isEmpty()) {
        doc.notes.append(settings->paymentTermsNote);
    }
    doc.pageTemplate = t.label(QStringLiteral("page"));
    return doc;
}

} // namespace mentordesk
