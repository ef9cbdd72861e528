// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/BackupScheduler.h"

#include "common/Clock.h"
#include "settings/AutomaticBackup.h"
#include "storage/BackupSchedule.h"
#include "storage/Database.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mentordesk {

namespace {
constexpr int kTickMs = 60 * 1000;
} // namespace

BackupScheduler::BackupScheduler(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::tick);
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, &BackupScheduler::finished);
}

BackupScheduler::~BackupScheduler()
{
    stop();
}

void BackupScheduler::start(const QString& studioPath)
{
    stop();
    m_studioPath = studioPath;
    m_lastSuccessUtc = {};
    m_lastFailureUtc = {};
    m_lastError.clear();
    m_timer->start();
}

void BackupScheduler::stop()
{
    m_timer->stop();
    waitForIdle();
    m_studioPath.clear();
}

void BackupScheduler::waitForIdle()
{
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
    }
    if (m_startedUtc.isValid()) {
        finished(); // Why direct: the watcher's queued signal would arrive after the studio closed.
    }
}

QDateTime BackupScheduler::lastBackupUtc() const
{
    if (m_lastSuccessUtc.isValid()) {
        return m_lastSuccessUtc;
    }
    return isActive() ? BackupSchedule::lastAutomaticBackup(AutomaticBackup::load().folder, m_studioPath) : QDateTime();
}

bool BackupScheduler::tick()
{
    if (!isActive() || m_watcher.isRunning() || m_startedUtc.isValid()) {
        return false;
    }
    const AutomaticBackup::Options options = AutomaticBackup::load();
    const QDateTime now = m_clock.nowUtc();
    if (!options.enabled || !BackupSchedule(options.everyHours).isDue(lastBackupUtc(), m_lastFailureUtc, now)) {
        return false;
    }
    m_startedUtc = now;
    emit backupStarted();
    const QString path = m_studioPath;
    m_watcher.setFuture(QtConcurrent::run([path, now, options]() -> Result<QString> {
        // Why no actor: the scheduled copy is not an account's action (StudioBackup::automaticBackup).
        auto db = Database::openForWorker(path);
        if (!db) {
            return fail(db.error());
        }
        return AutomaticBackup::run(**db, path, now, options);
    }));
    return true;
}

void BackupScheduler::finished()
{
    if (!m_startedUtc.isValid() || m_watcher.isRunning()) {
        return;
    }
    const QDateTime at = m_startedUtc;
    m_startedUtc = {};
    const Result<QString> result = m_watcher.future().result();
    if (result) {
        m_lastSuccessUtc = at;
        m_lastFailureUtc = {};
        m_lastError.clear();
        emit backupFinished(*result, at);
    } else {
        m_lastFailureUtc = at;
        m_lastError = result.error().message;
        emit backupFailed(m_lastError);
    }
}

} // namespace mentordesk
