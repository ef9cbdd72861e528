// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/Invoice.h"

namespace mentordesk {

class Database;

/// SQL for `payments` and `payer_credits` (both insert-only; the database refuses updates and deletes).
class PaymentRepository final
{
public:
    explicit PaymentRepository(Database& db);

    [[nodiscard]] Result<void> insertPayment(const Payment& payment);
    [[nodiscard]] Result<void> insertCredit(const PayerCreditEntry& entry);
    /// Payments of an invoice, oldest first.
    [[nodiscard]] Result<QList<Payment>> forInvoice(const Id& invoiceId);
    /// Payments dated in [from, to] (invalid = open), oldest first.
    [[nodiscard]] Result<QList<Payment>> between(const QDate& from, const QDate& to);
    /// The payer's credit balance (Σ of their ledger).
    [[nodiscard]] Result<qint64> creditBalance(const Id& payerId);
    /// Every payer's non-zero credit balance.
    [[nodiscard]] Result<QHash<Id, qint64>> creditBalances();
    /// Ledger entries dated in [from, to] (invalid = open), oldest first.
    [[nodiscard]] Result<QList<PayerCreditEntry>> creditEntries(const Id& payerId, const QDate& from, const QDate& to);

private:
    Database& m_db;
};

} // namespace mentordesk
