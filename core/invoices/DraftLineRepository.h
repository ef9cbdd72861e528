// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/Invoice.h"

namespace mentordesk {

class Database;

/// SQL for the lines of draft invoices that a billing run refreshes in place: a refreshed draft keeps its
/// line rows (overwritten in order, the surplus deleted) because deleting a line makes SQLite check the
/// foreign key billed_sources.line_id, which has no index (see InvoiceRepository::clearDraftContents).
class DraftLineRepository final
{
public:
    explicit DraftLineRepository(Database& db);

    /// Ids of a draft's lines by position (none for an issued invoice).
    [[nodiscard]] Result<QList<Id>> draftLineIds(const Id& invoiceId);
    /// Overwrites the line `line.meta.id` with `line` (version + 1; the creation time stays).
    [[nodiscard]] Result<void> updateLine(const InvoiceLine& line);
    /// Deletes lines (only lines of drafts: the triggers refuse others).
    [[nodiscard]] Result<void> deleteLines(const QList<Id>& lineIds);

private:
    Database& m_db;
};

} // namespace mentordesk
