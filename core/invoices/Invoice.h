// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/TaxRate.h"
#include "common/RecordMeta.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// An invoice or a credit note (which has negative amounts and names the invoice it corrects).
enum class InvoiceKind
{
    Invoice,
    CreditNote,
};

/// Where an invoice stands. Only Draft and Issued are stored; the rest is derived from payments, credit
/// notes and the due date: Credited (fully credited = void) › Paid (nothing left to pay) › Overdue (due
/// date passed) › PartlyPaid › Issued. Credit notes are always Issued.
enum class InvoiceStatus
{
    Draft,
    Issued,
    PartlyPaid,
    Paid,
    Overdue,
    Credited,
};

/// One line of an invoice. Amounts are minor units; for a time line quantity is minutes and the unit
/// price is per hour. `description` is the line's text in the invoice's language, fixed when the line is
/// written; `argsJson` keeps the parameters it was made from.
struct InvoiceLine
{
    RecordMeta meta;
    Id invoiceId;
    int position = 1;
    Id learnerId;
    Id enrollmentId;
    Id planId;
    QString groupLabel; ///< "learner — enrollment" the line is grouped under ("" for invoice-wide lines)
    QString kind;       ///< PriceLine::kindKey ("lesson", "subscription_fee"…)
    QString argsJson = QStringLiteral("{}");
    QString description;
    qint64 quantity = 0;
    QString unit = QStringLiteral("units"); ///< "minutes" or "units"
    qint64 unitPriceMinor = 0;
    qint64 amountMinor = 0;
    Id taxRateId;
    qint64 taxRateBp = 0;
    QString taxLabel;
    QString sourceKind = QStringLiteral("none");
    QString sourceId;
    Id creditedLineId; ///< credit note lines: the invoice line they correct
};

/// The tax of one rate on an invoice (a TaxSummary group, stored).
struct InvoiceTax
{
    Id taxRateId; ///< empty: untaxed lines
    QString label;
    qint64 rateBp = 0;
    qint64 linesSubtotal = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

struct Invoice
{
    RecordMeta meta;
    InvoiceKind kind = InvoiceKind::Invoice;
    bool issued = false;
    Id seriesId;
    std::optional<qint64> number; ///< unset for drafts
    QString numberText;           ///< "INV-0042"; empty for drafts
    Id payerId;
    QString payerName; ///< copied when issued (drafts show the payer's current name)
    QString payerAddress;
    QString payerTaxId;
    QString period; ///< "YYYY-MM" of the billing run that made it ("" for credit notes)
    QDate issueDate;
    QDate dueDate;
    QString currency;
    QString language = QStringLiteral("en");
    TaxMode taxMode = TaxMode::Exclusive;
    qint64 linesTotal = 0;
    qint64 netTotal = 0;
    qint64 taxTotal = 0;
    qint64 grandTotal = 0; ///< what the payer owes (negative for a credit note)
    Id creditedInvoiceId;  ///< credit notes: the invoice they correct
    QString reason;        ///< credit notes: why
    QString taxRuleNote;

    // Derived on reads:
    qint64 paidMinor = 0;     ///< payments applied to it
    qint64 creditedMinor = 0; ///< credit notes against it, as a positive amount
    InvoiceStatus status = InvoiceStatus::Draft;

    /// What is still to pay (never below zero: anything beyond went to the payer's credit).
    [[nodiscard]] qint64 balanceMinor() const
    {
        return kind == InvoiceKind::CreditNote ? 0 : qMax<qint64>(0, grandTotal - creditedMinor - paidMinor);
    }

    [[nodiscard]] static QString statusKey(InvoiceStatus status);
    [[nodiscard]] static std::optional<InvoiceStatus> statusFromKey(const QString& key);
    [[nodiscard]] static QString kindKey(InvoiceKind kind)
    {
        return kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
    }
};

/// Money received (or payer credit used) for an invoice. Insert-only.
struct Payment
{
    RecordMeta meta;
    Id payerId;
    Id invoiceId;
    QDate paidOn;
    qint64 amountMinor = 0;  ///< received
    qint64 appliedMinor = 0; ///< settled the invoice; amount − applied went to the payer's credit
    QString method;          ///< cash, bank_transfer, card, cheque, online, payer_credit, other
    QString reference;
};

/// One entry of a payer's credit ledger (+ credit gained, − credit used). Insert-only.
struct PayerCreditEntry
{
    RecordMeta meta;
    Id payerId;
    QDate entryDate;
    qint64 amountMinor = 0;
    QString kind; ///< overpayment, credit_note, applied, refund
    Id paymentId;
    Id invoiceId;
    QString note;
};

/// An invoice with everything shown on it.
struct InvoiceDetail
{
    Invoice invoice;
    QList<InvoiceLine> lines;
    QList<InvoiceTax> taxes;
    QList<Payment> payments;
    QList<Invoice> creditNotes; ///< credit notes against it (invoices), or the credited invoice's number (credit notes)
};

} // namespace mentordesk
