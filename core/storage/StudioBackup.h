// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mentordesk {

class Database;

/// Consistent copies of an open studio, safe while it is in use: VACUUM INTO a temporary file next
/// to the target, fsync, `PRAGMA integrity_check` on the copy, then an atomic rename over the target.
class StudioBackup final
{
    Q_DECLARE_TR_FUNCTIONS(StudioBackup)

public:
    /// Writes a verified copy of `db` to `targetPath` (replacing it atomically if it exists); with a
    /// non-empty `passphrase` the copy is encrypted (BackupCipher).
    /// Needs Action::BackupRestore (owner).
    [[nodiscard]] static Result<void> backup(Database& db, const QString& targetPath, const QString& passphrase = {});
    /// The scheduled safety copy the owner set up (Settings → automatic backups): the same copy, but not
    /// an account's action, so it runs whoever is logged in (it only ever writes to the owner's folder).
    [[nodiscard]] static Result<void> automaticBackup(Database& db, const QString& targetPath);
    /// Replaces the studio file at `studioPath` (which must not be open) by the backup at `backupPath`,
    /// after decrypting (when needed) and verifying it: integrity check, a MentorDesk studio, not newer
    /// than this build. Nothing is replaced when any check fails; the previous file is kept as
    /// "<studio>.before-restore-<timestamp>" and its path returned.
    [[nodiscard]] static Result<QString> restore(const QString& backupPath, const QString& studioPath,
                                                 const QString& passphrase = {});
    /// Deletes the oldest "*.mentordesk-backup" files in `directory` beyond the newest `keep`; returns how many.
    [[nodiscard]] static Result<int> prune(const QString& directory, int keep);
    /// "<studio-file-base>-<yyyyMMdd-HHmmss>.mentordesk-backup" for automatic backups at `utc`.
    [[nodiscard]] static QString automaticFileName(const QString& studioPath, const QDateTime& utc);
    /// Runs `PRAGMA integrity_check` on the studio file at `path` (opened read-only).
    [[nodiscard]] static Result<void> verify(const QString& path);

private:
    [[nodiscard]] static Result<void> copyTo(Database& db, const QString& targetPath, const QString& passphrase);
};

} // namespace mentordesk
