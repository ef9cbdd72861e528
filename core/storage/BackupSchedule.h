// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace mentordesk {

/// When the next scheduled automatic backup is due while a studio is open (docs/user-guide.md,
/// "Backups"). Pure logic: the caller passes the times, so tests need no waiting. The time of the last
/// backup comes from the newest automatic backup's file name (StudioBackup::automaticFileName), so it
/// survives restarts and counts the backups made on close.
class BackupSchedule final
{
public:
    /// After a failed attempt the next one waits this long (or the interval, when shorter).
    static constexpr qint64 kRetrySeconds = 15 * 60;

    /// `everyHours` ≤ 0: only on close (never due while open).
    explicit BackupSchedule(int everyHours);

    [[nodiscard]] bool isActive() const { return m_everyHours > 0; }
    /// Due when active and either no backup was made yet (`lastBackupUtc` invalid) or the interval has
    /// passed since it; a failed attempt at `lastFailureUtc` (invalid: none) holds the next one back by
    /// kRetrySeconds. A last backup in the future (the computer's clock was turned back) counts as due.
    [[nodiscard]] bool isDue(const QDateTime& lastBackupUtc, const QDateTime& lastFailureUtc,
                             const QDateTime& nowUtc) const;
    /// When isDue() turns true (invalid when inactive; `nowUtc` when already due).
    [[nodiscard]] QDateTime nextDue(const QDateTime& lastBackupUtc, const QDateTime& lastFailureUtc,
                                    const QDateTime& nowUtc) const;

    /// The time stamp of the newest automatic backup of `studioPath` in `folder` (invalid: none).
    [[nodiscard]] static QDateTime lastAutomaticBackup(const QString& folder, const QString& studioPath);
    /// The time stamp in an automatic backup's file name (invalid when the name has none).
    [[nodiscard]] static QDateTime stampOf(const QString& fileName, const QString& studioPath);

private:
    int m_everyHours;
};

} // namespace mentordesk
