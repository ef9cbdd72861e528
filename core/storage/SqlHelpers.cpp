// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlHelpers.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QStringList>

namespace mentordesk {

void readMeta(const Statement& s, RecordMeta& meta)
{
    meta.id = s.text(0);
    meta.createdAt = fromSqlTime(s.text(1));
    meta.updatedAt = fromSqlTime(s.text(2));
    meta.updatedBy = s.text(3);
    meta.version = s.integer(4);
    meta.deletedAt = fromSqlTime(s.text(5));
}

void bindMeta(Statement& s, const RecordMeta& meta, const QString& deviceId)
{
    s.bind(meta.id)
        .bind(toSqlTime(meta.createdAt))
        .bind(toSqlTime(meta.updatedAt))
        .bind(deviceId)
        .bind(qMax<qint64>(1, meta.version))
        .bindOptional(toSqlTime(meta.deletedAt));
}

QString likePattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString placeholderList(int count)
{
    return QStringList(qMax(0, count), QStringLiteral("?")).join(QStringLiteral(", "));
}

int clampLimit(int limit)
{
    return qBound(1, limit, 10000);
}

Result<void> versionConflict(Database& db, const QString& table, const Id& id)
{
    // Why: table names come from repository constants, never from user input.
    auto s = db.prepare(QStringLiteral("SELECT version FROM ") + table +
                        QStringLiteral(" WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (!s->next()) {
        return fail(Error::notFound(Database::tr("The record %1 no longer exists.").arg(id)));
    }
    return fail(Error::conflict(Database::tr("The record was changed by someone else since it was opened (now version "
                                             "%1). Reload it and try again.")
                                    .arg(s->integer(0))));
}

Result<bool> rowExists(Database& db, const QString& table, const Id& id)
{
    auto s =
        db.prepare(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next();
}

Result<void> requireRow(Database& db, const QString& table, const Id& id, const QString& fieldKey, const QString& what)
{
    auto exists = rowExists(db, table, id);
    if (!exists) {
        return fail(exists.error());
    }
    if (!*exists) {
        return fail(Error::invalid(fieldKey, Database::tr("There is no %1 with id “%2”.").arg(what, id)));
    }
    return {};
}

Result<void> tombstone(Database& db, const QString& table, const Id& id, const QDateTime& nowUtc)
{
    auto s = db.prepare(QStringLiteral("UPDATE ") + table +
                        QStringLiteral(" SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                       "WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(nowUtc)).bind(toSqlTime(nowUtc)).bind(db.deviceId()).bind(id);
    return s->exec();
}

} // namespace mentordesk
