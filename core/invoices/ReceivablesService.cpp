// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/ReceivablesService.h"

#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceService.h"
#include "invoices/InvoiceText.h"
#include "invoices/PaymentRepository.h"
#include "people/PayerRepository.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "studio/StudioRepository.h"

namespace mentordesk {

ReceivablesService::ReceivablesService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QDate> ReceivablesService::day(const QDate& asOf)
{
    if (asOf.isValid()) {
        return asOf;
    }
    return InvoiceService(m_db, m_clock).today();
}

Result<QList<Invoice>> ReceivablesService::issuedInvoices(const Id& payerId, const QDate& asOf)
{
    InvoiceFilter f;
    f.kind = InvoiceKind::Invoice;
    f.payerId = payerId;
    f.issuedFrom = QDate(1, 1, 1);
    f.issuedTo = asOf;
    QList<Invoice> out;
    for (int offset = 0;; offset += 10000) {
        auto page = InvoiceRepository(m_db).list(f, {offset, 10000}, asOf);
        if (!page) {
            return fail(page.error());
        }
        out.append(page->items);
        if (out.size() >= page->total || page->items.isEmpty()) {
            break;
        }
    }
    return out;
}

Result<QList<PayerBalance>> ReceivablesService::balances(const QDate& asOf)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto d = day(asOf);
    if (!d) {
        return fail(d.error());
    }
    auto invoices = issuedInvoices({}, *d);
    auto credits = PaymentRepository(m_db).creditBalances();
    if (!invoices || !credits) {
        return fail(!invoices ? invoices.error() : credits.error());
    }
    QHash<Id, PayerBalance> byPayer;
    for (const Invoice& i : std::as_const(*invoices)) {
        PayerBalance& b = byPayer[i.payerId];
        b.payerId = i.payerId;
        b.payerName = i.payerName;
        b.invoicedMinor += i.grandTotal;
        b.creditedMinor += i.creditedMinor;
        b.paidMinor += i.paidMinor;
        b.openMinor += i.balanceMinor();
        if (i.balanceMinor() > 0) {
            ++b.openInvoices;
            if (i.dueDate < *d) {
                b.overdueMinor += i.balanceMinor();
            }
        }
    }
    for (auto it = credits->cbegin(); it != credits->cend(); ++it) {
        PayerBalance& b = byPayer[it.key()];
        b.payerId = it.key();
        b.creditMinor = it.value();
    }
    QList<PayerBalance> out;
    PayerRepository payers(m_db);
    for (PayerBalance b : std::as_const(byPayer)) {
        if (b.openMinor == 0 && b.creditMinor == 0) {
            continue;
        }
        if (b.payerName.isEmpty()) {
            auto p = payers.find(b.payerId);
            if (p && p->has_value()) {
                b.payerName = (*p)->name;
            }
        }
        out.append(b);
    }
    std::sort(out.begin(), out.end(), [](const PayerBalance& a, const PayerBalance& b) {
        return a.payerName.localeAwareCompare(b.payerName) < 0;
    });
    return out;
}

Result<PayerBalance> ReceivablesService::balance(const Id& payerId, const QDate& asOf)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto payer = PayerRepository(m_db).find(payerId);
    if (!payer) {
        return fail(payer.error());
    }
    if (!payer->has_value()) {
        return fail(Error::notFound(tr("There is no payer with id %1.").arg(payerId)));
    }
    auto d = day(asOf);
    if (!d) {
        return fail(d.error());
    }
    auto invoices = issuedInvoices(payerId, *d);
    auto credit = PaymentRepository(m_db).creditBalance(payerId);
    if (!invoices || !credit) {
        return fail(!invoices ? invoices.error() : credit.error());
    }
    PayerBalance b;
    b.payerId = payerId;
    b.payerName = (*payer)->name;
    b.creditMinor = *credit;
    for (const Invoice& i : std::as_const(*invoices)) {
        b.invoicedMinor += i.grandTotal;
        b.creditedMinor += i.creditedMinor;
        b.paidMinor += i.paidMinor;
        b.openMinor += i.balanceMinor();
        if (i.balanceMinor() > 0) {
            ++b.openInvoices;
            if (i.dueDate < *d) {
                b.overdueMinor += i.balanceMinor();
            }
        }
    }
    return b;
}

Result<AgingReport> ReceivablesService::aging(const QDate& asOf)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto d = day(asOf);
    if (!d) {
        return fail(d.error());
    }
    auto invoices = issuedInvoices({}, *d);
    if (!invoices) {
        return fail(invoices.error());
    }
    AgingReport report;
    report.asOf = *d;
    QHash<Id, AgingRow> rows;
    for (const Invoice& i : std::as_const(*invoices)) {
        const qint64 open = i.balanceMinor();
        if (open <= 0) {
            continue;
        }
        const qint64 late = i.dueDate.daysTo(*d);
        const int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
        AgingRow& r = rows[i.payerId];
        r.payerId = i.payerId;
        r.payerName = i.payerName;
        r.buckets[bucket] += open;
        report.totals.buckets[bucket] += open;
    }
    report.rows = rows.values();
    std::sort(report.rows.begin(), report.rows.end(),
              [](const AgingRow& a, const AgingRow& b) { return a.payerName.localeAwareCompare(b.payerName) < 0; });
    return report;
}

Result<QList<OverdueInvoice>> ReceivablesService::overdue(const QDate& asOf)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto d = day(asOf);
    if (!d) {
        return fail(d.error());
    }
    auto invoices = issuedInvoices({}, *d);
    auto studio = StudioRepository(m_db).load();
    if (!invoices || !studio) {
        return fail(!invoices ? invoices.error() : studio.error());
    }
    const QString studioName = studio->has_value() ? (*studio)->name : QString();
    QList<OverdueInvoice> out;
    PayerRepository payers(m_db);
    for (const Invoice& i : std::as_const(*invoices)) {
        if (i.balanceMinor() <= 0 || i.dueDate >= *d) {
            continue;
        }
        OverdueInvoice o;
        o.invoice = i;
        o.daysOverdue = static_cast<int>(i.dueDate.daysTo(*d));
        auto payer = payers.find(i.payerId);
        if (payer && payer->has_value()) {
            o.payerEmail = (*payer)->email;
        }
        auto currency = Currency::fromCode(i.currency);
        if (!currency) {
            return fail(currency.error());
        }
        const InvoiceText text = InvoiceText::forLanguage(i.language);
        const QHash<QString, QString> values{
            {QStringLiteral("payer"), i.payerName},
            {QStringLiteral("number"), i.numberText},
            {QStringLiteral("issue_date"), i.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), i.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("total"), InvoiceText::money(i.grandTotal, *currency)},
            {QStringLiteral("balance"), InvoiceText::money(i.balanceMinor(), *currency)},
            {QStringLiteral("days"), QString::number(o.daysOverdue)},
            {QStringLiteral("studio"), studioName}};
        o.reminderSubject = text.reminderSubject(values);
        o.reminderBody = text.reminderBody(values);
        out.append(o);
    }
    std::sort(out.begin(), out.end(), [](const OverdueInvoice& a, const OverdueInvoice& b) {
        return a.daysOverdue != b.daysOverdue ? a.daysOverdue > b.daysOverdue
                                              : a.invoice.numberText < b.invoice.numberText;
    });
    return out;
}

} // namespace mentordesk
