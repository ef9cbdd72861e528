// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/PaymentService.h"

#include "billing/BillingMath.h"
#include "common/Clock.h"
#include "common/Validation.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentRepository.h"
#include "security/AuditLog.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

PaymentService::PaymentService(Database& db, const Clock& clock, std::optional<Actor> actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor ? std::move(*actor) : db.actor())
{}

QStringList PaymentService::methods()
{
    return {QStringLiteral("bank_transfer"), QStringLiteral("cash"),   QStringLiteral("card"),
            QStringLiteral("cheque"),        QStringLiteral("online"), QStringLiteral("other")};
}

Result<PaymentOutcome> PaymentService::record(const QString& invoiceIdOrNumber, const PaymentInput& input)
{
    if (auto allowed = Guard::studio(m_db, Action::RecordPayment); !allowed) {
        return fail(allowed.error());
    }
    if (input.amountMinor <= 0 || input.amountMinor > BillingMath::kMaxAmountMinor) {
        return fail(Error::invalid(QStringLiteral("amount"), tr("A payment must be an amount greater than zero.")));
    }
    const QString method = input.method.trimmed().toLower().replace(u'-', u'_');
    if (!methods().contains(method)) {
        return fail(
            Error::invalid(QStringLiteral("method"), tr("“%1” is not a payment method; use one of %2.")
                                                         .arg(input.method, methods().join(QStringLiteral(", ")))));
    }
    auto reference = Validation::optionalText(input.reference, {QStringLiteral("reference"), tr("Reference")}, 200);
    if (!reference) {
        return fail(reference.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    InvoiceService invoices(m_db, m_clock);
    auto today = invoices.today();
    if (!today) {
        return fail(today.error());
    }
    auto detail = invoices.get(invoiceIdOrNumber);
    if (!detail) {
        return fail(detail.error());
    }
    const Invoice& inv = detail->invoice;
    if (!inv.issued || inv.kind != InvoiceKind::Invoice) {
        return fail(Error::refused(
            inv.issued ? tr("%1 is a credit note; payments are recorded against invoices.").arg(inv.numberText)
                       : tr("Issue the draft before recording a payment for it.")));
    }
    if (inv.status == InvoiceStatus::Credited) {
        return fail(Error::refused(tr("Invoice %1 is fully credited (void); it cannot be paid.").arg(inv.numberText)));
    }
    PaymentOutcome out;
    Payment& p = out.payment;
    p.meta.id = newId();
    p.meta.createdAt = p.meta.updatedAt = m_clock.nowUtc();
    p.meta.version = 1;
    p.payerId = inv.payerId;
    p.invoiceId = inv.meta.id;
    p.paidOn = input.paidOn.isValid() ? input.paidOn : *today;
    p.amountMinor = input.amountMinor;
    p.appliedMinor = qMin(input.amountMinor, inv.balanceMinor());
    p.method = method;
    p.reference = *reference;
    PaymentRepository repo(m_db);
    if (auto ok = repo.insertPayment(p); !ok) {
        return fail(ok.error());
    }
    out.toCreditMinor = p.amountMinor - p.appliedMinor;
    if (out.toCreditMinor > 0) {
        PayerCreditEntry e;
        e.meta = p.meta;
        e.meta.id = newId();
        e.payerId = p.payerId;
        e.entryDate = p.paidOn;
        e.amountMinor = out.toCreditMinor;
        e.kind = QStringLiteral("overpayment");
        e.paymentId = p.meta.id;
        e.invoiceId = inv.meta.id;
        if (auto ok = repo.insertCredit(e); !ok) {
            return fail(ok.error());
        }
    }
    // Why: no reference text in the append-only log (it may name a person); ids and amounts only.
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(m_actor, QStringLiteral("payment.record"), QStringLiteral("payment"), p.meta.id,
                              {{QStringLiteral("invoice"), inv.numberText},
                               {QStringLiteral("invoice_id"), inv.meta.id},
                               {QStringLiteral("payer_id"), p.payerId},
                               {QStringLiteral("paid_on"), p.paidOn.toString(Qt::ISODate)},
                               {QStringLiteral("amount_minor"), p.amountMinor},
                               {QStringLiteral("applied_minor"), p.appliedMinor},
                               {QStringLiteral("method"), p.method}});
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    auto after = invoices.get(inv.meta.id);
    if (!after) {
        return fail(after.error());
    }
    out.invoice = after->invoice;
    return out;
}

} // namespace mentordesk
