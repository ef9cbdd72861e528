// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Actor.h"
#include "security/AuditChain.h"
#include "security/AuditEntry.h"
#include "security/AuditFilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// The result of checking the whole chain.
struct AuditVerification
{
    qint64 entries = 0;               ///< Entries read.
    std::optional<AuditBreak> broken; ///< The first break, if any.

    [[nodiscard]] bool intact() const { return !broken.has_value(); }
};

/// The studio's append-only, hash-chained audit log of money and account changes (docs/security.md).
/// record() is called by the service that makes the change, inside its transaction, so the change and
/// its audit entry are committed together or not at all.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database& db, const Clock& clock);

    /// Appends an entry chained to the newest one. `action` is a stable key ("invoice.issue").
    [[nodiscard]] Result<AuditEntry> record(const Actor& actor, const QString& action, const QString& entity,
                                            const QString& entityId, const QJsonObject& details = {});
    /// Re-hashes every entry in order and reports the first break.
    [[nodiscard]] Result<AuditVerification> verify();
    /// Entries matching `filter`, newest first (owner only: Action::ViewAuditLog).
    [[nodiscard]] Result<QList<AuditEntry>> browse(const Actor& actor, const AuditFilter& filter);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
