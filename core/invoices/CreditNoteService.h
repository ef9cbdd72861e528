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

/// What to credit. With no lines the whole invoice is credited (void).
struct CreditRequest
{
    struct Line
    {
        Id lineId;
        std::optional<qint64>
            amountMinor; ///< part of the line to credit (same sign as the line); unset = all that is left
    };
    QList<Line> lines;
    QDate date; ///< invalid = today
    QString reason;
};

/// Corrections of issued invoices. A credit note is an invoice of its own kind with negative amounts, its
/// own number from the credit-note series, and a reference to the invoice it corrects:
///  - full credit (void): every line's remainder, and per tax rate exactly the tax not yet credited, so
///    the invoice ends fully credited; the sources it billed are released for a corrected run;
///  - partial credit: the given lines (or parts of them), taxed per rate on the credit note's own subtotal.
/// Whatever a credit note takes off beyond the invoice's open balance becomes payer credit.
class CreditNoteService final
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteService)

public:
    /// Every change is written to the audit log as `actor` (default: the connection's signed-in account), in the same
    /// transaction.
    CreditNoteService(Database& db, const Clock& clock, std::optional<Actor> actor = std::nullopt);

    /// Issues a credit note for an issued invoice (id or number). Fails naming "lines[i].line_id",
    /// "lines[i].amount" or "reason"; Refused for drafts, credit notes and invoices already fully credited.
    [[nodiscard]] Result<InvoiceDetail> credit(const QString& invoiceIdOrNumber, const CreditRequest& request);

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
};

} // namespace mentordesk
