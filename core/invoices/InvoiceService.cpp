// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/InvoiceService.h"

#include "billing/BillingSettingsRepository.h"
#include "billing/BillingSettingsService.h"
#include "common/Clock.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/PaymentRepository.h"
#include "people/PayerRepository.h"
#include "security/AuditLog.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "studio/StudioRepository.h"

#include <QTimeZone>

namespace mentordesk {

InvoiceService::InvoiceService(Database& db, const Clock& clock, std::optional<Actor> actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor ? std::move(*actor) : db.actor())
{}

Result<QDate> InvoiceService::today()
{
    auto studio = StudioRepository(m_db).load();
    if (!studio) {
        return fail(studio.error());
    }
    const QTimeZone zone(studio->has_value() ? (*studio)->timeZone.toUtf8() : QByteArray("UTC"));
    return m_clock.nowUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

Result<Invoice> InvoiceService::find(const QString& idOrNumber, const QDate& today)
{
    InvoiceRepository repo(m_db);
    auto found = repo.find(idOrNumber.trimmed(), today);
    if (found && !found->has_value()) {
        found = repo.findByNumber(idOrNumber.trimmed(), today);
    }
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no invoice with id or number %1.").arg(idOrNumber)));
    }
    return **found;
}

Result<InvoiceDetail> InvoiceService::get(const QString& idOrNumber)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto day = today();
    if (!day) {
        return fail(day.error());
    }
    auto invoice = find(idOrNumber, *day);
    if (!invoice) {
        return fail(invoice.error());
    }
    InvoiceRepository repo(m_db);
    InvoiceDetail d;
    d.invoice = *invoice;
    auto lines = repo.lines(d.invoice.meta.id);
    auto taxes = repo.taxes(d.invoice.meta.id);
    auto payments = PaymentRepository(m_db).forInvoice(d.invoice.meta.id);
    if (!lines || !taxes || !payments) {
        return fail(!lines ? lines.error() : !taxes ? taxes.error() : payments.error());
    }
    d.lines = *lines;
    d.taxes = *taxes;
    d.payments = *payments;
    if (d.invoice.kind == InvoiceKind::CreditNote) {
        auto original = repo.find(d.invoice.creditedInvoiceId, *day);
        if (!original) {
            return fail(original.error());
        }
        if (original->has_value()) {
            d.creditNotes.append(**original);
        }
    } else {
        auto notes = repo.creditNotesFor(d.invoice.meta.id, *day);
        if (!notes) {
            return fail(notes.error());
        }
        d.creditNotes = *notes;
    }
    return d;
}

Result<Page<Invoice>> InvoiceService::list(const InvoiceFilter& filter, PageRequest page)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto day = today();
    if (!day) {
        return fail(day.error());
    }
    return InvoiceRepository(m_db).list(filter, page, *day);
}

Result<Invoice> InvoiceService::issue(const QString& idOrNumber, const QDate& issueDate)
{
    if (auto allowed = Guard::studio(m_db, Action::IssueInvoice); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto day = today();
    if (!day) {
        return fail(day.error());
    }
    const QDate date = issueDate.isValid() ? issueDate : *day;
    auto found = find(idOrNumber, date);
    if (!found) {
        return fail(found.error());
    }
    Invoice inv = *found;
    if (inv.issued) {
        return fail(
            Error::refused(tr("Invoice %1 is already issued; issued invoices cannot change.").arg(inv.numberText)));
    }
    InvoiceRepository repo(m_db);
    auto lines = repo.lines(inv.meta.id);
    if (!lines) {
        return fail(lines.error());
    }
    if (lines->isEmpty()) {
        return fail(Error::refused(tr("The draft for %1 has no lines; there is nothing to issue.").arg(inv.payerName)));
    }
    if (inv.grandTotal < 0) {
        return fail(Error::refused(
            tr("The draft for %1 totals less than zero; correct it with a credit note instead.").arg(inv.payerName)));
    }
    auto settings = BillingSettingsService(m_db, m_clock).settings();
    if (!settings) {
        return fail(settings.error());
    }
    BillingSettingsRepository settingsRepo(m_db);
    auto series = settingsRepo.series(settings->invoiceSeriesId);
    auto payer = PayerRepository(m_db).find(inv.payerId);
    auto studio = StudioRepository(m_db).load();
    if (!series || !payer || !studio) {
        return fail(!series ? series.error() : !payer ? payer.error() : studio.error());
    }
    if (!series->has_value() || !payer->has_value() || !studio->has_value()) {
        return fail(Error::notFound(tr("The invoice series, the payer or the studio of this draft is missing.")));
    }
    InvoiceSeries s = **series;
    inv.seriesId = s.meta.id;
    inv.number = s.nextNumber;
    inv.numberText = s.format(s.nextNumber);
    ++s.nextNumber;
    s.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = settingsRepo.updateSeries(s); !ok) {
        return fail(ok.error());
    }
    inv.payerName = (*payer)->name;
    inv.payerAddress = (*payer)->address;
    inv.payerTaxId = (*payer)->taxId;
    inv.issueDate = date;
    inv.dueDate = date.addDays((*studio)->paymentTermsDays);
    inv.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = repo.markIssued(inv); !ok) {
        return fail(ok.error());
    }
    ++inv.meta.version;
    inv.issued = true;

    PaymentRepository payments(m_db);
    auto credit = payments.creditBalance(inv.payerId);
    if (!credit) {
        return fail(credit.error());
    }
    const qint64 use = qMin(*credit, inv.grandTotal);
    if (use > 0) {
        Payment p;
        p.meta.id = newId();
        p.meta.createdAt = p.meta.updatedAt = m_clock.nowUtc();
        p.meta.version = 1;
        p.payerId = inv.payerId;
        p.invoiceId = inv.meta.id;
        p.paidOn = date;
        p.amountMinor = p.appliedMinor = use;
        p.method = QStringLiteral("payer_credit");
        PayerCreditEntry e;
        e.meta = p.meta;
        e.meta.id = newId();
        e.payerId = inv.payerId;
        e.entryDate = date;
        e.amountMinor = -use;
        e.kind = QStringLiteral("applied");
        e.paymentId = p.meta.id;
        e.invoiceId = inv.meta.id;
        if (auto ok = payments.insertPayment(p); !ok) {
            return fail(ok.error());
        }
        if (auto ok = payments.insertCredit(e); !ok) {
            return fail(ok.error());
        }
    }
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(m_actor, QStringLiteral("invoice.issue"), QStringLiteral("invoice"), inv.meta.id,
                              {{QStringLiteral("number"), inv.numberText},
                               {QStringLiteral("payer_id"), inv.payerId},
                               {QStringLiteral("issue_date"), date.toString(Qt::ISODate)},
                               {QStringLiteral("currency"), inv.currency},
                               {QStringLiteral("grand_total"), inv.grandTotal},
                               {QStringLiteral("payer_credit_applied"), use}});
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    auto fresh = find(inv.meta.id, *day);
    return fresh ? fresh : Result<Invoice>(inv);
}

Result<QList<Invoice>> InvoiceService::issuePeriod(const QString& period, const QDate& issueDate,
                                                   const std::function<void(int, int)>& progress)
{
    if (auto allowed = Guard::studio(m_db, Action::IssueInvoice); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto drafts = InvoiceRepository(m_db).draftsOf(period.trimmed());
    if (!drafts) {
        return fail(drafts.error());
    }
    if (drafts->isEmpty()) {
        return fail(Error::refused(tr("There are no drafts for %1; run billing for it first.").arg(period)));
    }
    QList<Invoice> ordered = drafts->values();
    std::sort(ordered.begin(), ordered.end(), [](const Invoice& a, const Invoice& b) {
        const int c = a.payerName.localeAwareCompare(b.payerName);
        return c != 0 ? c < 0 : a.meta.id < b.meta.id;
    });
    QList<Invoice> issued;
    for (const Invoice& d : std::as_const(ordered)) {
        auto one = issue(d.meta.id, issueDate);
        if (!one) {
            return fail(one.error());
        }
        issued.append(*one);
        if (progress) {
            progress(static_cast<int>(issued.size()), static_cast<int>(ordered.size()));
        }
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return issued;
}

} // namespace mentordesk
