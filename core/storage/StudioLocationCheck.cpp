// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StudioLocationCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace mentordesk {

QString StudioLocationCheck::fileSystemType(const QString& path)
{
    QFileInfo info(path);
    QString dir = info.exists() ? info.absolutePath() : QFileInfo(info.absolutePath()).absoluteFilePath();
    while (!QFileInfo::exists(dir) && dir != QDir::rootPath()) {
        dir = QFileInfo(dir).absolutePath();
    }
    const QStorageInfo storage(dir);
    return storage.isValid() ? QString::fromLatin1(storage.fileSystemType()) : QString();
}

QString StudioLocationCheck::syncFolderName(const QString& path)
{
    static const QStringList services = {
        QStringLiteral("Dropbox"),     QStringLiteral("OneDrive"), QStringLiteral("Google Drive"),
        QStringLiteral("GoogleDrive"), QStringLiteral("iCloud"),   QStringLiteral("iCloudDrive"),
        QStringLiteral("Nextcloud"),   QStringLiteral("ownCloud"), QStringLiteral("Syncthing"),
        QStringLiteral("pCloud"),      QStringLiteral("MEGA"),     QStringLiteral("Box Sync"),
        QStringLiteral("Seafile"),     QStringLiteral("坚果云"),   QStringLiteral("百度网盘")};
    const QStringList parts = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()).split(u'/');
    for (const QString& part : parts) {
        for (const QString& service : services) {
            if (part.compare(service, Qt::CaseInsensitive) == 0 ||
                part.startsWith(service + QStringLiteral(" ("), Qt::CaseInsensitive) ||
                part.startsWith(service + u'-', Qt::CaseInsensitive) ||
                part.startsWith(service + QStringLiteral(" -"), Qt::CaseInsensitive)) {
                return service;
            }
        }
    }
    return {};
}

QStringList StudioLocationCheck::warnings(const QString& path)
{
    static const QStringList network = {
        QStringLiteral("nfs"),  QStringLiteral("nfs4"),  QStringLiteral("cifs"),        QStringLiteral("smb"),
        QStringLiteral("smb2"), QStringLiteral("smbfs"), QStringLiteral("fuse.sshfs"),  QStringLiteral("afpfs"),
        QStringLiteral("9p"),   QStringLiteral("davfs"), QStringLiteral("fuse.rclone"), QStringLiteral("ncpfs")};
    QStringList out;
    const QString type = fileSystemType(path);
    if (network.contains(type)) {
        out << tr("The studio file is on a network drive (%1). SQLite cannot lock files reliably there, so data can "
                  "be lost when two computers use it. Keep the studio on this computer's disk and use backups or "
                  "sync instead.")
                   .arg(type);
    }
    const QString service = syncFolderName(path);
    if (!service.isEmpty()) {
        out << tr("The studio file is inside a %1 folder. File-sync services can copy a half-written database or "
                  "create conflicting copies. Keep the studio outside sync folders and put backups there instead.")
                   .arg(service);
    }
    return out;
}

} // namespace mentordesk
