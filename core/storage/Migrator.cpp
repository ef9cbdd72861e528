// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrator.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

Migrator::Migrator(Database& db, const QList<Migration>& steps)
    : m_db(db)
    , m_steps(steps)
{}

Result<void> Migrator::migrate(bool backupFirst)
{
    const int current = m_db.schemaVersion();
    if (current < 0) {
        return fail(Error::storage(tr("Cannot read the schema version of the studio database.")));
    }
    const int latest = m_steps.isEmpty() ? 0 : m_steps.constLast().version;
    if (current > latest) {
        return fail(Error::refused(
            tr("The studio database has schema %1, newer than the %2 this version knows.").arg(current).arg(latest)));
    }
    if (current == latest) {
        return {};
    }
    if (backupFirst && current > 0) {
        if (auto ok = backup(current); !ok) {
            return ok;
        }
    }
    int expected = current + 1;
    for (const Migration& step : m_steps) {
        if (step.version <= current) {
            continue;
        }
        if (step.version != expected) {
            return fail(
                Error::storage(tr("Schema step %1 is out of order (expected %2).").arg(step.version).arg(expected)));
        }
        if (auto ok = applyStep(step); !ok) {
            return ok;
        }
        ++expected;
    }
    return {};
}

Result<void> Migrator::backup(int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_db.path()).arg(fromVersion).arg(stamp);
    for (int n = 2; QFile::exists(target); ++n) {
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_db.path()).arg(fromVersion).arg(stamp).arg(n);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        return fail(Error::storage(tr("Could not back up the studio before upgrading it, so it was not upgraded: %1")
                                       .arg(q.lastError().text())));
    }
    m_backupPath = target;
    return {};
}

Result<void> Migrator::applyStep(const Migration& step)
{
    if (auto ok = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok) {
        return ok;
    }
    QStringList statements = step.statements;
    statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
               << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
    for (const QString& sql : std::as_const(statements)) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql)) {
            const QString reason = q.lastError().text();
            q.finish();
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::storage(tr("Upgrading the studio to schema %1 (%2) failed and was rolled back: %3")
                                           .arg(step.version)
                                           .arg(step.description, reason)));
        }
    }
    if (auto ok = m_db.exec(QStringLiteral("COMMIT")); !ok) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        return ok;
    }
    return {};
}

} // namespace mentordesk
