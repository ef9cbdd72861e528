// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/PaymentRepository.h"

#include "storage/Query.h"
#include "storage/SqlHelpers.h"

namespace mentordesk {

namespace {

const QString kPaymentColumns = QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, payer_id, "
                                               "COALESCE(invoice_id, ''), paid_on, amount_minor, applied_minor, "
                                               "method, reference");

Result<QList<Payment>> readPayments(Result<Statement> s)
{
    if (!s) {
        return fail(s.error());
    }
    QList<Payment> out;
    while (s->next()) {
        Payment p;
        readMeta(*s, p.meta);
        p.payerId = s->text(6);
        p.invoiceId = s->text(7);
        p.paidOn = fromSqlDate(s->text(8));
        p.amountMinor = s->integer(9);
        p.appliedMinor = s->integer(10);
        p.method = s->text(11);
        p.reference = s->text(12);
        out.append(p);
    }
    return out;
}

QString dateOr(const QDate& d, const QString& fallback)
{
    return d.isValid() ? toSqlDate(d) : fallback;
}

} // namespace

PaymentRepository::PaymentRepository(Database& db)
    : m_db(db)
{}

Result<void> PaymentRepository::insertPayment(const Payment& p)
{
    auto s =
        m_db.prepare(QStringLiteral("INSERT INTO payments (id, created_at, updated_at, updated_by, version, "
                                    "deleted_at, payer_id, invoice_id, paid_on, amount_minor, applied_minor, method, "
                                    "reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, p.meta, m_db.deviceId());
    s->bind(p.payerId).bindOptional(p.invoiceId).bind(toSqlDate(p.paidOn)).bind(p.amountMinor).bind(p.appliedMinor);
    s->bind(p.method).bind(p.reference);
    return s->exec();
}

Result<void> PaymentRepository::insertCredit(const PayerCreditEntry& e)
{
    auto s =
        m_db.prepare(QStringLiteral("INSERT INTO payer_credits (id, created_at, updated_at, updated_by, version, "
                                    "deleted_at, payer_id, entry_date, amount_minor, kind, payment_id, invoice_id, "
                                    "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, e.meta, m_db.deviceId());
    s->bind(e.payerId).bind(toSqlDate(e.entryDate)).bind(e.amountMinor).bind(e.kind);
    s->bindOptional(e.paymentId).bindOptional(e.invoiceId).bind(e.note);
    return s->exec();
}

Result<QList<Payment>> PaymentRepository::forInvoice(const Id& invoiceId)
{
    return readPayments(Query::run(m_db,
                                   QStringLiteral("SELECT ") + kPaymentColumns +
                                       QStringLiteral(" FROM payments WHERE invoice_id = ? AND deleted_at IS NULL "
                                                      "ORDER BY paid_on, created_at, id"),
                                   invoiceId));
}

Result<QList<Payment>> PaymentRepository::between(const QDate& from, const QDate& to)
{
    return readPayments(Query::run(m_db,
                                   QStringLiteral("SELECT ") + kPaymentColumns +
                                       QStringLiteral(" FROM payments WHERE paid_on >= ? AND paid_on <= ? AND "
                                                      "deleted_at IS NULL ORDER BY paid_on, created_at, id"),
                                   dateOr(from, QStringLiteral("0000-01-01")),
                                   dateOr(to, QStringLiteral("9999-12-31"))));
}

Result<qint64> PaymentRepository::creditBalance(const Id& payerId)
{
    auto s =
        Query::run(m_db,
                   QStringLiteral("SELECT COALESCE(sum(amount_minor), 0) FROM payer_credits WHERE payer_id = ? AND "
                                  "deleted_at IS NULL"),
                   payerId);
    if (!s) {
        return fail(s.error());
    }
    return s->next() ? s->integer(0) : 0;
}

Result<QHash<Id, qint64>> PaymentRepository::creditBalances()
{
    auto s =
        Query::run(m_db, QStringLiteral("SELECT payer_id, sum(amount_minor) FROM payer_credits WHERE deleted_at IS "
                                        "NULL GROUP BY payer_id HAVING sum(amount_minor) <> 0"));
    if (!s) {
        return fail(s.error());
    }
    QHash<Id, qint64> out;
    while (s->next()) {
        out.insert(s->text(0), s->integer(1));
    }
    return out;
}

Result<QList<PayerCreditEntry>> PaymentRepository::creditEntries(const Id& payerId, const QDate& from, const QDate& to)
{
    auto s = Query::run(
        m_db,
        QStringLiteral("SELECT id, created_at, updated_at, updated_by, version, deleted_at, payer_id, "
                       "entry_date, amount_minor, kind, COALESCE(payment_id, ''), COALESCE(invoice_id, "
                       "''), note FROM payer_credits WHERE (? = '' OR payer_id = ?) AND entry_date >= ? "
                       "AND entry_date <= ? AND deleted_at IS NULL ORDER BY entry_date, created_at, id"),
        payerId, payerId, dateOr(from, QStringLiteral("0000-01-01")), dateOr(to, QStringLiteral("9999-12-31")));
    if (!s) {
        return fail(s.error());
    }
    QList<PayerCreditEntry> out;
    while (s->next()) {
        PayerCreditEntry e;
        readMeta(*s, e.meta);
        e.payerId = s->text(6);
        e.entryDate = fromSqlDate(s->text(7));
        e.amountMinor = s->integer(8);
        e.kind = s->text(9);
        e.paymentId = s->text(10);
        e.invoiceId = s->text(11);
        e.note = s->text(12);
        out.append(e);
    }
    return out;
}

} // namespace mentordesk
