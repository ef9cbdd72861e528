// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mentordesk {

class Database;

/// What a backup file holds, read before a restore replaces anything (docs/security.md, "Restoring").
struct BackupSummary
{
    QString studioName;
    int schemaVersion = 0;
    qint64 fileSize = 0;   ///< bytes of the backup file as it is on disk (encrypted or not)
    QDateTime modifiedUtc; ///< when the backup file was written
    bool encrypted = false;
    qint64 learners = 0; ///< live (not tombstoned) rows
    qint64 lessons = 0;
    qint64 invoices = 0; ///< 0 for studios older than billing (schema 1)
};

/// The checks a restore runs first, without touching the backup or the open studio: the account may
/// restore, and the file is an intact MentorDesk studio this build can open. The verification reads
/// the whole file (PRAGMA integrity_check): seconds for a large studio, so callers run it off the GUI
/// thread; it opens its own read-only connection and is safe on any thread.
class BackupInspector final
{
    Q_DECLARE_TR_FUNCTIONS(BackupInspector)

public:
    /// Refused unless the actor of `db` (the open studio) may back up and restore (Action::BackupRestore:
    /// owner; with the login off, the local owner).
    [[nodiscard]] static Result<void> mayRestore(Database& db);
    /// Whether restoring `backupPath` needs a passphrase.
    [[nodiscard]] static bool isEncrypted(const QString& backupPath);
    /// Decrypts (when encrypted, into a temporary file that is removed again) and checks the backup:
    /// integrity check, a MentorDesk studio (application id, schema ≥ 1), not newer than this build, not a
    /// studio in use (a "-wal" file next to it); then reads the studio's name and counts.
    /// Invalid on "passphrase" when one is needed and missing; Refused for a foreign or newer file.
    [[nodiscard]] static Result<BackupSummary> inspect(const QString& backupPath, const QString& passphrase = {});

private:
    [[nodiscard]] static Result<BackupSummary> readPlain(const QString& path);
};

} // namespace mentordesk
