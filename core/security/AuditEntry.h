// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDateTime>
#include <QString>

namespace mentordesk {

/// One row of the append-only audit log. `hash` = SHA-256 over `prevHash` and the entry's own content
/// (AuditChain::hashOf), so editing or removing any row breaks every hash after it.
struct AuditEntry
{
    qint64 seq = 0; ///< Position in the chain (1, 2, …).
    Id id;
    QDateTime at;   ///< UTC
    QString actor;  ///< Username ("local" with login off).
    QString action; ///< e.g. "invoice.issue", "payment.record", "account.role".
    QString entity; ///< Table-like kind: "invoice", "payment", "plan", "account".
    QString entityId;
    QString details;  ///< Compact JSON object: what changed (amounts, numbers, roles).
    QString prevHash; ///< 64 hex digits; all zeros for the first entry.
    QString hash;     ///< 64 hex digits.
};

} // namespace mentordesk
