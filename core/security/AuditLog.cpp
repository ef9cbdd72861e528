// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AuditLog.h"

#include "common/Clock.h"
#include "security/Access.h"
#include "security/AuditLogRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace mentordesk {

AuditLog::AuditLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<AuditEntry> AuditLog::record(const Actor& actor, const QString& action, const QString& entity,
                                    const QString& entityId, const QJsonObject& details)
{
    // Why: BEGIN IMMEDIATE (or the caller's savepoint) holds the write lock, so no other writer can
    // take the same sequence number between reading the last entry and inserting this one.
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    AuditLogRepository repo(m_db);
    auto last = repo.last();
    if (!last) {
        return fail(last.error());
    }
    AuditEntry e;
    e.seq = *last ? (*last)->seq + 1 : 1;
    e.id = newId();
    e.at = m_clock.nowUtc();
    e.actor = actor.username;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.prevHash = *last ? (*last)->hash : AuditChain::genesisHash();
    e.hash = AuditChain::hashOf(e);
    if (auto ok = repo.insert(e); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return e;
}

Result<AuditVerification> AuditLog::verify()
{
    AuditChain chain;
    AuditVerification result;
    auto ok = AuditLogRepository(m_db).forEach([&](const AuditEntry& e) {
        ++result.entries;
        result.broken = chain.check(e);
        return !result.broken.has_value();
    });
    if (!ok) {
        return fail(ok.error());
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::browse(const Actor& actor, const AuditFilter& filter)
{
    if (auto ok = Access::require(actor, Action::ViewAuditLog, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    return AuditLogRepository(m_db).list(filter);
}

} // namespace mentordesk
