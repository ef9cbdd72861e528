// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mentordesk {

/// SQLite's advice: a database must live on a local disk. This check warns when the studio file is on
/// a network file system (NFS, SMB/CIFS, SSHFS…) or inside a file-sync folder (Dropbox, OneDrive,
/// Google Drive, iCloud, Nextcloud, Syncthing…), where locking and WAL do not work reliably.
class StudioLocationCheck final
{
    Q_DECLARE_TR_FUNCTIONS(StudioLocationCheck)

public:
    /// Translated warnings for `path` (empty when the location looks safe).
    [[nodiscard]] static QStringList warnings(const QString& path);
    /// The file-system type name of the directory holding `path` ("ext4", "nfs", "cifs"…), or empty.
    [[nodiscard]] static QString fileSystemType(const QString& path);
    /// The sync service a path component names ("Dropbox"…), or empty.
    [[nodiscard]] static QString syncFolderName(const QString& path);
};

} // namespace mentordesk
