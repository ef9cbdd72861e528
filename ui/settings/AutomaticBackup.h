// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mentordesk {

class Database;
class StudioSession;

/// Automatic backups on this computer: when enabled, closing a studio writes a verified copy named
/// StudioBackup::automaticFileName() into the chosen folder and keeps only the newest `keep` copies
/// there; with `everyHours` > 0 BackupScheduler also makes one that often while the studio is open. The
/// choice lives in QSettings ("backup/automatic", "backup/folder", "backup/keep", "backup/everyHours"),
/// not in the studio, because folders differ from computer to computer.
class AutomaticBackup final
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackup)

public:
    static constexpr int kDefaultKeep = 10;
    static constexpr int kMaxKeep = 365;

    struct Options
    {
        bool enabled = false;
        QString folder;
        int keep = kDefaultKeep;
        int everyHours = 0; ///< 0: only when the studio is closed
    };

    /// The schedules the settings offer (hours; 0 = only on close).
    [[nodiscard]] static QList<int> scheduleChoices();

    [[nodiscard]] static Options load();
    static void store(const Options& options);

    /// Backs up `session` into `options.folder` and prunes older copies; returns the new file's path.
    /// Invalid on "folder" when it is empty or cannot be created.
    [[nodiscard]] static Result<QString> run(StudioSession& session, const Options& options);
    /// The same on any connection to the studio at `studioPath` (a worker thread's own connection);
    /// reads no settings, so it is safe off the GUI thread.
    [[nodiscard]] static Result<QString> run(Database& db, const QString& studioPath, const QDateTime& nowUtc,
                                             const Options& options);
    /// run() with the stored options when they are enabled; an empty path when they are not.
    [[nodiscard]] static Result<QString> runIfEnabled(StudioSession& session);
};

} // namespace mentordesk
