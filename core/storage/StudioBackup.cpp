// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StudioBackup.h"

#include "storage/Database.h"

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
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
                q.value(0).toString() != QStringLiteral("ok")) {
                result = fail(Error::storage(tr("The copy “%1” failed its integrity check: %2")
                                                 .arg(QDir::toNativeSeparators(path), q.value(0).toString())));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<void> StudioBackup::backup(Database& db, const QString& targetPath)
{
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        return fail(Error::invalid(QStringLiteral("target"), tr("A backup cannot replace the studio file itself.")));
    }
    if (!QDir().mkpath(target.absolutePath())) {
        return fail(
            Error::storage(tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(target.absolutePath()))));
    }
    const QString temp = target.absoluteFilePath() + QStringLiteral(".partial-") +
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

} // namespace mentordesk
