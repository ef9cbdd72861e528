// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/Invoice.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// A payment as the user records it.
struct PaymentInput
{
    QDate paidOn;           ///< invalid = today
    qint64 amountMinor = 0; ///< > 0
    QString method = QStringLiteral("bank_transfer");
    QString reference;
};

/// What recording a payment did.
struct PaymentOutcome
{
    Payment payment;
    qint64 toCreditMinor = 0; ///< the overpayment kept as payer credit
    Invoice invoice;          ///< after the payment (status, balance)
};

/// Recording payments. Partial payments lower the balance; whatever exceeds the balance is kept as the
/// payer's credit and applied to their next invoice when it is issued.
class PaymentService final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    /// Every change is written to the audit log as `actor` (default: the connection's signed-in account), in the same
    /// transaction.
    PaymentService(Database& db, const Clock& clock, std::optional<Actor> actor = std::nullopt);

    /// Records a payment for an issued invoice (id or number). Fails naming "amount", "method", "reference";
    /// Refused for drafts, credit notes and fully credited invoices.
    [[nodiscard]] Result<PaymentOutcome> record(const QString& invoiceIdOrNumber, const PaymentInput& input);

    /// The accepted payment methods.
    [[nodiscard]] static QStringList methods();

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
};

} // namespace mentordesk
