// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupInspector.h"

#include "security/Guard.h"
#include "storage/BackupCipher.h"
#include "storage/Migration.h"
#include "storage/StudioBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <memory>

namespace mentordesk {

namespace {

/// The first column of the first row of `sql`, or `fallback` when the query fails (a table an older
/// schema does not have).
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariant& fallback = {})
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : fallback;
}

} // namespace

Result<void> BackupInspector::mayRestore(Database& db)
{
    return Guard::studio(db, Action::BackupRestore);
}

bool BackupInspector::isEncrypted(const QString& backupPath)
{
    return BackupCipher::isEncrypted(backupPath);
}

Result<BackupSummary> BackupInspector::inspect(const QString& backupPath, const QString& passphrase)
{
    const QFileInfo file(backupPath);
    if (!file.isFile()) {
        return fail(Error::notFound(tr("There is no backup at “%1”.").arg(QDir::toNativeSeparators(backupPath))));
    }
    if (QFileInfo::exists(backupPath + QStringLiteral("-wal"))) {
        // Why: a plain copy of a studio that is in use misses the changes still in its write-ahead log.
        return fail(Error::invalid(QStringLiteral("file"), tr("“%1” is a studio in use, not a backup. Make a backup "
                                                              "of it first and restore that.")
                                                               .arg(QDir::toNativeSeparators(backupPath))));
    }
    Result<BackupSummary> summary;
    if (BackupCipher::isEncrypted(backupPath)) {
        if (passphrase.isEmpty()) {
            return fail(
                Error::invalid(QStringLiteral("passphrase"), tr("This backup is encrypted; enter its passphrase.")));
        }
        // Why next to the backup first: a large studio may not fit the system's temporary folder.
        auto temp =
            std::make_unique<QTemporaryDir>(file.absolutePath() + QStringLiteral("/.mentordesk-inspect-XXXXXX"));
        if (!temp->isValid()) {
            temp = std::make_unique<QTemporaryDir>();
        }
        if (!temp->isValid()) {
            return fail(Error::storage(tr("There is no room for a temporary copy of the backup.")));
        }
        const QString plain = temp->filePath(QStringLiteral("backup.mentordesk"));
        if (auto ok = BackupCipher::decryptFile(backupPath, plain, passphrase); !ok) {
            return fail(ok.error());
        }
        summary = readPlain(plain);
    } else {
        summary = readPlain(backupPath);
    }
    if (!summary) {
        return summary;
    }
    summary->encrypted = BackupCipher::isEncrypted(backupPath);
    summary->fileSize = file.size();
    summary->modifiedUtc = file.lastModified().toUTC();
    return summary;
}

Result<BackupSummary> BackupInspector::readPlain(const QString& path)
{
    if (auto ok = StudioBackup::verify(path); !ok) {
        return fail(ok.error());
    }
    const QString name = QStringLiteral("inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<BackupSummary> result = BackupSummary{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = fail(Error::storage(
                tr("Cannot open the backup “%1”: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())));
        } else {
            const int version = scalar(db, QStringLiteral("PRAGMA user_version"), 0).toInt();
            const qint64 application = scalar(db, QStringLiteral("PRAGMA application_id"), 0).toLongLong();
            const QString studio = scalar(db, QStringLiteral("SELECT name FROM studio LIMIT 1")).toString();
            if (version < 1 || application != kApplicationId || studio.isEmpty()) {
                result = fail(Error::refused(tr("The backup holds no MentorDesk studio.")));
            } else if (version > latestSchemaVersion()) {
                result = fail(Error::refused(tr("The backup was written by a newer MentorDesk (schema %1; this "
                                                "version knows up to %2). Please update MentorDesk first.")
                                                 .arg(version)
                                                 .arg(latestSchemaVersion())));
            } else {
                result->studioName = studio;
                result->schemaVersion = version;
                result->learners =
                    scalar(db, QStringLiteral("SELECT count(*) FROM learners WHERE deleted_at IS NULL"), 0)
                        .toLongLong();
                result->lessons =
                    scalar(db, QStringLiteral("SELECT count(*) FROM lessons WHERE deleted_at IS NULL"), 0).toLongLong();
                result->invoices =
                    scalar(db, QStringLiteral("SELECT count(*) FROM invoices WHERE deleted_at IS NULL"), 0)
                        .toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace mentordesk
