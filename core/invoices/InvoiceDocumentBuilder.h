// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/Invoice.h"
#include "invoices/InvoiceDocument.h"

namespace mentordesk {

class Clock;
class Database;

/// Assembles the printable document of an invoice: studio header, payer, number and dates, lines grouped
/// by learner and enrollment with hours, the tax summary, total, paid, credited, balance and payment
/// terms, all in the invoice's language (InvoiceText).
class InvoiceDocumentBuilder final
{
public:
    InvoiceDocumentBuilder(Database& db, const Clock& clock);

    /// The document of the invoice with this id or number.
    [[nodiscard]] Result<InvoiceDocument> build(const QString& idOrNumber);
    /// The document of an invoice already loaded.
    [[nodiscard]] Result<InvoiceDocument> build(const InvoiceDetail& detail);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
