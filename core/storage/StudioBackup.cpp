// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StudioBackup.h"

#include "security/Guard.h"
#include "storage/BackupCipher.h"
#include "storage/Database.h"
#include "storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace mentordesk {

namespace {
bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

Result<void> StudioBackup::verify(const QString& path)
{
    const QString name = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = fail(Error::storage(
                tr("Cannot open the copy “%1”: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                // Why separate: a file that is no SQLite database (an encrypted backup, a stray file)
                // fails here, before any row exists; say what SQLite said instead of an empty reason.
                result = fail(Error::storage(tr("The copy “%1” is not a readable studio: %2")
                                                 .arg(QDir::toNativeSeparators(path), q.lastError().text())));
            } else if (!q.next() || q.value(0).toString() != QStringLiteral("ok")) {
                result = fail(Error::storage(
                    tr("The copy “%1” failed its integrity check: %2")
                        .arg(QDir::toNativeSeparators(path), q.isValid() ? q.value(0).toString() : tr("no answer"))));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<void> StudioBackup::backup(Database& db, const QString& targetPath, const QString& passphrase)
{
    if (auto allowed = Guard::studio(db, Action::BackupRestore); !allowed) {
        return fail(allowed.error());
    }
    return copyTo(db, targetPath, passphrase);
}

Result<void> StudioBackup::automaticBackup(Database& db, const QString& targetPath)
{
    return copyTo(db, targetPath, {});
}

Result<void> StudioBackup::copyTo(Database& db, const QString& targetPath, const QString& passphrase)
{
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        return fail(Error::invalid(QStringLiteral("target"), tr("A backup cannot replace the studio file itself.")));
    }
    if (!QDir().mkpath(target.absolutePath())) {
        return fail(
            Error::storage(tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(target.absolutePath()))));
    }
    QString temp = target.absoluteFilePath() + QStringLiteral(".partial-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        return fail(Error::storage(tr("The backup could not be written: %1").arg(q.lastError().text())));
    }
    q.finish();
    if (!syncFile(temp)) {
        QFile::remove(temp);
        return fail(Error::storage(tr("The backup could not be flushed to disk.")));
    }
    if (auto ok = verify(temp); !ok) {
        QFile::remove(temp);
        return ok;
    }
    if (!passphrase.isEmpty()) {
        const QString plain = temp;
        temp = plain + QStringLiteral(".enc");
        auto encrypted = BackupCipher::encryptFile(plain, temp, passphrase);
        QFile::remove(plain);
        if (!encrypted || !syncFile(temp)) {
            QFile::remove(temp);
            return encrypted ? fail(Error::storage(tr("The backup could not be flushed to disk."))) : encrypted;
        }
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temp).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), ec);
    if (ec) {
        QFile::remove(temp);
        return fail(Error::storage(
            tr("The backup could not be moved into place: %1").arg(QString::fromStdString(ec.message()))));
    }
    syncFile(target.absolutePath());
    return {};
}

namespace {
Result<void> checkIsRestorableStudio(const QString& path)
{
    if (auto ok = StudioBackup::verify(path); !ok) {
        return ok;
    }
    Database::Options probe;
    probe.createIfMissing = false;
    probe.migrate = false;
    auto db = Database::open(path, probe); // refuses foreign and newer files before touching them
    if (!db) {
        return fail(db.error());
    }
    if ((*db)->schemaVersion() < 1) {
        return fail(Error::invalid(QStringLiteral("file"), StudioBackup::tr("The backup holds no MentorDesk studio.")));
    }
    return {};
}
} // namespace

Result<QString> StudioBackup::restore(const QString& backupPath, const QString& studioPath, const QString& passphrase)
{
    if (!QFileInfo::exists(backupPath)) {
        return fail(Error::storage(tr("There is no backup at “%1”.").arg(QDir::toNativeSeparators(backupPath))));
    }
    const QFileInfo studio(studioPath);
    if (QFileInfo(backupPath).absoluteFilePath() == studio.absoluteFilePath()) {
        return fail(Error::invalid(QStringLiteral("from"), tr("A studio cannot be restored from itself.")));
    }
    if (QFileInfo::exists(backupPath + QStringLiteral("-wal"))) {
        // Why: a plain copy of a studio that is in use misses the changes still in its write-ahead log.
        return fail(Error::invalid(QStringLiteral("from"), tr("“%1” is a studio in use, not a backup. Make a backup "
                                                              "of it first and restore that.")
                                                               .arg(QDir::toNativeSeparators(backupPath))));
    }
    if (!QDir().mkpath(studio.absolutePath())) {
        return fail(
            Error::storage(tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(studio.absolutePath()))));
    }
    const QString temp = studio.absoluteFilePath() + QStringLiteral(".restoring-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const auto cleanup = [&temp] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(temp + suffix);
        }
    };
    if (BackupCipher::isEncrypted(backupPath)) {
        if (passphrase.isEmpty()) {
            return fail(
                Error::invalid(QStringLiteral("passphrase"), tr("This backup is encrypted; enter its passphrase.")));
        }
        if (auto ok = BackupCipher::decryptFile(backupPath, temp, passphrase); !ok) {
            cleanup();
            return fail(ok.error());
        }
    } else if (!QFile::copy(backupPath, temp)) {
        return fail(Error::storage(tr("Cannot copy the backup next to the studio.")));
    }
    if (auto ok = checkIsRestorableStudio(temp); !ok) {
        cleanup();
        return fail(ok.error());
    }
    syncFile(temp);
    QString previous;
    if (studio.exists()) {
        previous = studio.absoluteFilePath() + QStringLiteral(".before-restore-") +
                   QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(studio.absoluteFilePath(), previous)) {
            cleanup();
            return fail(Error::storage(tr("The current studio could not be set aside; nothing was restored.")));
        }
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::rename(studio.absoluteFilePath() + suffix, previous + suffix);
        }
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temp).toStdString(),
                            QFile::encodeName(studio.absoluteFilePath()).toStdString(), ec);
    if (ec) {
        if (!previous.isEmpty()) {
            QFile::rename(previous, studio.absoluteFilePath());
        }
        cleanup();
        return fail(Error::storage(
            tr("The restored studio could not be moved into place: %1").arg(QString::fromStdString(ec.message()))));
    }
    syncFile(studio.absolutePath());
    return previous;
}

Result<int> StudioBackup::prune(const QString& directory, int keep)
{
    if (keep < 1) {
        return fail(Error::invalid(QStringLiteral("keep"), tr("At least one backup must be kept.")));
    }
    QDir dir(directory);
    if (!dir.exists()) {
        return fail(Error::storage(tr("There is no folder “%1”.").arg(QDir::toNativeSeparators(directory))));
    }
    // Why: the timestamp in the name sorts oldest first; modification times can be changed by copies.
    QStringList files = dir.entryList({QStringLiteral("*.mentordesk-backup")}, QDir::Files, QDir::Name);
    int removed = 0;
    while (files.size() > keep) {
        if (!QFile::remove(dir.filePath(files.takeFirst()))) {
            return fail(Error::storage(tr("An old backup could not be deleted.")));
        }
        ++removed;
    }
    return removed;
}

QString StudioBackup::automaticFileName(const QString& studioPath, const QDateTime& utc)
{
    return QFileInfo(studioPath).completeBaseName() + u'-' + utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QStringLiteral(".mentordesk-backup");
}

} // namespace mentordesk
