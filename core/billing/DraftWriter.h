// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingDraft.h"
#include "common/Result.h"
#include "invoices/Invoice.h"

#include <QJsonObject>

namespace mentordesk {

class Clock;
class Database;

/// Writes a billing run's draft invoices: the invoice row (new, or the refreshed draft), its lines in
/// order, its tax summary and every line's billed-source links.
class DraftWriter final
{
public:
    DraftWriter(Database& db, const Clock& clock);

    /// `header` carries id, payer, period, currency, language, tax mode and note; totals come from `draft`.
    /// A refreshed draft (`isNew` false) reuses its `stored` lines (DraftLineRepository::draftLinesOf) in
    /// order: each is overwritten only when its content changes, the surplus is deleted.
    [[nodiscard]] Result<void> write(const DraftInvoice& draft, Invoice header, bool isNew,
                                     const QList<InvoiceLine>& stored = {});

    /// The description parameters of a priced line as stored in `invoice_lines.args`.
    [[nodiscard]] static QJsonObject argsJson(const PriceLine& line);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
