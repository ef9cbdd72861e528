// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/Invoice.h"

#include <QCoreApplication>
#include <array>

namespace mentordesk {

class Clock;
class Database;

/// What a payer owes and holds, as of a day.
struct PayerBalance
{
    Id payerId;
    QString payerName;
    qint64 invoicedMinor = 0; ///< Σ grand totals of issued invoices
    qint64 creditedMinor = 0; ///< Σ credit notes against them
    qint64 paidMinor = 0;     ///< Σ payments applied to them
    qint64 openMinor = 0;     ///< Σ balances still to pay
    qint64 overdueMinor = 0;  ///< part of openMinor past its due date
    qint64 creditMinor = 0;   ///< the payer's credit (overpayments, credit notes beyond the balance)
    int openInvoices = 0;

    /// What the payer owes after their credit (negative: the studio owes them).
    [[nodiscard]] qint64 netMinor() const { return openMinor - creditMinor; }
};

/// Accounts-receivable aging: open balances by days past due.
struct AgingRow
{
    Id payerId;
    QString payerName;
    std::array<qint64, 5> buckets{}; ///< current (not yet due), 1–30, 31–60, 61–90, more than 90 days past due
    [[nodiscard]] qint64 total() const { return buckets[0] + buckets[1] + buckets[2] + buckets[3] + buckets[4]; }
};

struct AgingReport
{
    QDate asOf;
    QList<AgingRow> rows; ///< payers with an open balance, by name
    AgingRow totals;
};

/// An overdue invoice with a reminder ready to send, in the payer's invoice language.
struct OverdueInvoice
{
    Invoice invoice;
    int daysOverdue = 0;
    QString payerEmail;
    QString reminderSubject;
    QString reminderBody;
};

/// Balances, aging and reminders (read-only).
class ReceivablesService final
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesService)

public:
    ReceivablesService(Database& db, const Clock& clock);

    /// One payer's balance as of `asOf` (invalid = today). NotFound for an unknown payer.
    [[nodiscard]] Result<PayerBalance> balance(const Id& payerId, const QDate& asOf = {});
    /// Every payer with something open or some credit, by name.
    [[nodiscard]] Result<QList<PayerBalance>> balances(const QDate& asOf = {});
    [[nodiscard]] Result<AgingReport> aging(const QDate& asOf = {});
    /// Invoices with a balance past their due date, most overdue first.
    [[nodiscard]] Result<QList<OverdueInvoice>> overdue(const QDate& asOf = {});

private:
    [[nodiscard]] Result<QList<Invoice>> issuedInvoices(const Id& payerId, const QDate& asOf);
    [[nodiscard]] Result<QDate> day(const QDate& asOf);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
