// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "invoices/Invoice.h"

#include <QHash>

namespace mentordesk {

class Database;

/// SQL for the lines of draft invoices that a billing run refreshes in place: a refreshed draft keeps its
/// line rows (overwritten in order, the surplus deleted) because deleting a line makes SQLite check the
/// foreign key billed_sources.line_id, which has no index (see InvoiceRepository::clearDraftContents).
class DraftLineRepository final
{
public:
    explicit DraftLineRepository(Database& db);

    /// The lines of the period's draft invoices (kind invoice), per invoice id, by position (tombstoned lines
    /// too, with meta.deletedAt set). Only id and deletedAt of the meta are read.
    [[nodiscard]] Result<QHash<Id, QList<InvoiceLine>>> draftLinesOf(const QString& period);
    /// Overwrites the line `line.meta.id` with `line` (version + 1; the creation time stays).
    [[nodiscard]] Result<void> updateLine(const InvoiceLine& line);
    /// True when writing `next` over `stored` would change nothing but the row's meta (a live line with the
    /// same invoice, position and content), so a re-run can leave the row alone.
    [[nodiscard]] static bool sameContent(const InvoiceLine& stored, const InvoiceLine& next);
    /// Deletes lines (only lines of drafts: the triggers refuse others).
    [[nodiscard]] Result<void> deleteLines(const QList<Id>& lineIds);

private:
    Database& m_db;
};

} // namespace mentordesk
