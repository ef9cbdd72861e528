// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/ModelRetrainer.h"

#include "common/Clock.h"
#include "shell/StudioSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mentordesk {

ModelRetrainer::ModelRetrainer(StudioSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("modelRetrainer"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &ModelRetrainer::runPending);
    connect(&session, &StudioSession::dataChanged, this, &ModelRetrainer::schedule);
    m_job = [this](Done done) { runInBackground(std::move(done)); };
}

ModelRetrainer::~ModelRetrainer()
{
    // Why: the worker holds its own connection to the studio file; let it stop at the next epoch
    // and finish before the session (and its file) goes away.
    m_cancel->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

ModelRetrainer* ModelRetrainer::forSession(StudioSession& session)
{
    auto* existing = session.findChild<ModelRetrainer*>(QStringLiteral("modelRetrainer"), Qt::FindDirectChildrenOnly);
    return existing != nullptr ? existing : new ModelRetrainer(session, &session);
}

void ModelRetrainer::schedule()
{
    m_pending = true;
    if (!m_running) {
        m_timer.start();
    }
}

void ModelRetrainer::runPending()
{
    m_timer.stop();
    if (!m_pending || m_running) {
        return;
    }
    m_pending = false;
    m_running = true;
    setStatus(tr("Retraining the rating model…"));
    emit trainingStarted();
    m_job([this](const Result<TrainingReport>& report) { finished(report); });
}

void ModelRetrainer::runInBackground(Done done)
{
    const QString path = m_session.path();
    const QDateTime now = m_session.clock().nowUtc();
    m_watcher.disconnect(this);
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this, done = std::move(done)] { done(m_watcher.result()); });
    m_watcher.setFuture(QtConcurrent::run([path, now, cancel = m_cancel]() -> Result<TrainingReport> {
        // A connection belongs to the thread that opened it: trainFile opens its own.
        const FixedClock clock(now);
        return RecommenderTrainer::trainFile(path, clock, {}, false, [cancel](int) { return !cancel->load(); });
    }));
}

void ModelRetrainer::finished(const Result<TrainingReport>& report)
{
    m_running = false;
    if (report) {
        if (report->trained) {
            setStatus(tr("Rating model retrained on %n rating(s) in %1 ms.", nullptr, report->ratings)
                          .arg(qRound(report->trainMs)));
        } else {
            setStatus(report->ratings == 0 ? tr("No course ratings yet: no rating model to train.")
                                           : tr("The rating model is up to date."));
        }
        emit trainingFinished(*report);
    } else {
        setStatus(tr("The rating model could not be retrained: %1").arg(report.error().message));
        emit trainingFailed(report.error().message);
    }
    if (m_pending) {
        m_timer.start();
    }
}

void ModelRetrainer::setStatus(const QString& text)
{
    m_status = text;
    emit statusChanged(text);
}

} // namespace mentordesk
