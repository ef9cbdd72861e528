// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/InvoiceFilter.h"

#include <QCoreApplication>

class QIODevice;

namespace mentordesk {

class Clock;
class Database;

/// CSV of invoices and credit notes (one row each), or of their lines (`lines`): amounts as plain decimals
/// in the studio currency, dates YYYY-MM-DD, UTF-8 (CsvWriter, formula-safe).
class InvoiceCsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCsvExporter)

public:
    InvoiceCsvExporter(Database& db, const Clock& clock);

    /// Writes the invoices matching `filter` and returns how many were written.
    [[nodiscard]] Result<int> write(QIODevice& device, const InvoiceFilter& filter, bool lines, bool bom = false);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
