// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AuditLogRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

#include <QVariantList>

namespace mentordesk {

namespace {

const QString kColumns =
    QStringLiteral("seq, id, at, actor, action, entity, entity_id, details, prev_hash, hash FROM audit_log");

AuditEntry readEntry(const Statement& s)
{
    AuditEntry e;
    e.seq = s.integer(0);
    e.id = s.text(1);
    e.at = fromSqlTime(s.text(2));
    e.actor = s.text(3);
    e.action = s.text(4);
    e.entity = s.text(5);
    e.entityId = s.text(6);
    e.details = s.text(7);
    e.prevHash = s.text(8);
    e.hash = s.text(9);
    return e;
}

} // namespace

Result<std::optional<AuditEntry>> AuditLogRepository::last()
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<AuditEntry>();
    }
    return std::optional<AuditEntry>(readEntry(*s));
}

Result<void> AuditLogRepository::insert(const AuditEntry& e)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO audit_log (seq, id, at, actor, action, entity, entity_id, "
                                         "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(e.seq).bind(e.id).bind(toSqlTime(e.at)).bind(e.actor).bind(e.action).bind(e.entity);
    s->bind(e.entityId).bind(e.details).bind(e.prevHash).bind(e.hash);
    return s->exec();
}

Result<void> AuditLogRepository::forEach(const std::function<bool(const AuditEntry&)>& visit)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY seq"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        if (!visit(readEntry(*s))) {
            break;
        }
    }
    return {};
}

Result<QList<AuditEntry>> AuditLogRepository::list(const AuditFilter& f)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE 1");
    QVariantList binds;
    if (!f.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        binds << f.actor;
    }
    if (!f.actionPrefix.isEmpty()) {
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        binds << f.actionPrefix.size() << f.actionPrefix;
    }
    if (!f.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds << f.entity;
    }
    if (!f.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        binds << f.entityId;
    }
    if (f.fromUtc.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << toSqlTime(f.fromUtc);
    }
    if (f.toUtc.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << toSqlTime(f.toUtc);
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?");
    binds << clampLimit(f.limit) << std::max(0, f.offset);
    auto s = m_db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    for (const QVariant& v : std::as_const(binds)) {
        s->bind(v);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<AuditEntry> out;
    while (s->next()) {
        out << readEntry(*s);
    }
    return out;
}

} // namespace mentordesk
