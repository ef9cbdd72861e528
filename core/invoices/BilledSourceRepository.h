// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingDraft.h"
#include "common/Result.h"

namespace mentordesk {

class Database;

/// SQL for `billed_sources`: which invoice line billed which lesson, period, package, draw, milestone,
/// module or one-off fee. The partial UNIQUE index (scope_id, source_kind, source_id) over live rows makes
/// a second link to the same source fail in the database.
class BilledSourceRepository final
{
public:
    explicit BilledSourceRepository(Database& db);

    [[nodiscard]] Result<void> insert(const RecordMeta& meta, const Id& invoiceId, const Id& lineId,
                                      const SourceLink& link);
    /// Releases every source the invoice billed (a full credit note voids it), so a later run may bill
    /// them again.
    [[nodiscard]] Result<void> releaseInvoice(const Id& invoiceId, const QDateTime& nowUtc);
    /// Live links of an invoice.
    [[nodiscard]] Result<QList<SourceLink>> forInvoice(const Id& invoiceId);

private:
    Database& m_db;
};

} // namespace mentordesk
