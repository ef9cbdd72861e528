// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/AuditEntry.h"
#include "security/AuditFilter.h"

#include <QList>
#include <functional>
#include <optional>

namespace mentordesk {

class Database;

/// SQL of the `audit_log` table (insert-only; the database refuses UPDATE and DELETE).
class AuditLogRepository final
{
public:
    explicit AuditLogRepository(Database& db)
        : m_db(db)
    {}

    /// The newest entry (highest seq), if any.
    [[nodiscard]] Result<std::optional<AuditEntry>> last();
    [[nodiscard]] Result<void> insert(const AuditEntry& entry);
    /// Every entry in seq order; `visit` returns false to stop early.
    [[nodiscard]] Result<void> forEach(const std::function<bool(const AuditEntry&)>& visit);
    /// Newest first.
    [[nodiscard]] Result<QList<AuditEntry>> list(const AuditFilter& filter);

private:
    Database& m_db;
};

} // namespace mentordesk
