// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QTimer;

namespace mentordesk {

class Clock;

/// Scheduled automatic backups while a studio is open (Settings → "While open"): a QTimer looks every
/// minute whether a backup is due (BackupSchedule over AutomaticBackup's stored options, the newest
/// backup's time stamp and the injected clock) and, if so, writes it on a worker thread with its own
/// connection (VACUUM INTO a temporary file, fsync, integrity check, atomic rename) and prunes old
/// copies. Failures are reported through a signal, never a dialog, and retried later. Tests call
/// tick() and waitForIdle() instead of waiting for the timer.
class BackupScheduler final : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(const Clock& clock, QObject* parent = nullptr);
    ~BackupScheduler() override;

    /// Starts watching the studio at `studioPath` (stops watching the previous one first).
    void start(const QString& studioPath);
    /// Stops the timer and waits for a backup under way (call before the studio closes).
    void stop();
    /// Checks once whether a backup is due and starts it; true when one was started.
    bool tick();
    /// Blocks until a backup under way has finished and its result was reported (tests).
    void waitForIdle();

    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] bool isActive() const { return !m_studioPath.isEmpty(); }
    /// When the last scheduled (or on-close) backup of this studio was made (invalid: none known).
    [[nodiscard]] QDateTime lastBackupUtc() const;
    /// The last failure's message (empty after a success).
    [[nodiscard]] QString lastError() const { return m_lastError; }

signals:
    void backupStarted();
    void backupFinished(const QString& path, const QDateTime& atUtc);
    void backupFailed(const QString& message);

private:
    void finished();

    const Clock& m_clock;
    QTimer* m_timer;
    QString m_studioPath;
    QDateTime m_lastSuccessUtc;
    QDateTime m_lastFailureUtc;
    QDateTime m_startedUtc;
    QString m_lastError;
    QFutureWatcher<Result<QString>> m_watcher;
};

} // namespace mentordesk
