// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "invoices/Invoice.h"
#include "invoices/InvoiceFilter.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for `invoices`, `invoice_lines` and `invoice_taxes`. Reads derive paid, credited and the status
/// (as of `today`) from payments and credit notes in SQL, so status filters page in the database.
/// The database refuses to change or delete anything of an issued invoice (triggers of SchemaV2).
class InvoiceRepository final
{
public:
    explicit InvoiceRepository(Database& db);

    [[nodiscard]] Result<std::optional<Invoice>> find(const Id& id, const QDate& today);
    /// An issued invoice or credit note by its number text ("INV-0042").
    [[nodiscard]] Result<std::optional<Invoice>> findByNumber(const QString& numberText, const QDate& today);
    [[nodiscard]] Result<Page<Invoice>> list(const InvoiceFilter& filter, PageRequest page, const QDate& today);
    [[nodiscard]] Result<QList<InvoiceLine>> lines(const Id& invoiceId);
    [[nodiscard]] Result<QList<InvoiceTax>> taxes(const Id& invoiceId);
    /// Credit notes issued against an invoice, by number.
    [[nodiscard]] Result<QList<Invoice>> creditNotesFor(const Id& invoiceId, const QDate& today);
    /// Σ of credit note lines (positive) per credited line of the invoice: line id → amount credited.
    [[nodiscard]] Result<QHash<Id, qint64>> creditedPerLine(const Id& invoiceId);
    /// The drafts a billing run of `period` refreshes: payer id → invoice.
    [[nodiscard]] Result<QHash<Id, Invoice>> draftsOf(const QString& period);

    [[nodiscard]] Result<void> insert(const Invoice& invoice);
    /// Rewrites a draft's header (totals, language, tax mode, note) and bumps its version.
    [[nodiscard]] Result<void> updateDraft(const Invoice& invoice);
    /// Turns a draft into an issued invoice: number, series, dates, payer snapshot. Version-checked.
    [[nodiscard]] Result<void> markIssued(const Invoice& invoice);
    /// Tombstones a draft (refused by the database for issued invoices).
    [[nodiscard]] Result<void> removeDraft(const Id& id, const QDateTime& nowUtc);
    [[nodiscard]] Result<void> insertLine(const InvoiceLine& line);
    [[nodiscard]] Result<void> insertTax(const RecordMeta& meta, const Id& invoiceId, int position,
                                         const InvoiceTax& tax);
    /// Deletes the taxes and billed-source links of the period's drafts so a run can recompute them; their
    /// lines stay for DraftWriter to overwrite in place or delete (DraftLineRepository).
    /// Why not delete the lines here: every deleted line makes SQLite check billed_sources.line_id, which
    /// has no index (a full scan per line: 20 s for a design-scale month). Why DELETE and not tombstones:
    /// draft contents are derived data every run rewrites. Issued invoices cannot be touched (triggers).
    [[nodiscard]] Result<void> clearDraftContents(const QString& period);
    /// Deletes only the source links of the period's drafts (what a preview needs: their sources count as
    /// free).
    [[nodiscard]] Result<void> clearDraftSources(const QString& period);

private:
    [[nodiscard]] Result<QList<Invoice>> select(const QString& where, const QVariantList& values, const QDate& today,
                                                const QString& tail = {});

    Database& m_db;
};

} // namespace mentordesk
