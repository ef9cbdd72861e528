// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/RecommenderTrainer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace mentordesk {

class StudioSession;

/// Keeps the studio's rating model (the collaborative filter) trained while the app runs. Every
/// StudioSession::dataChanged() (and schedule()) restarts a debounce timer; when it fires, the model
/// is retrained on a worker thread with its own database connection
/// (RecommenderTrainer::trainFile, not forced: a fresh model is left alone) and stored exactly as
/// `recommender train` stores it. Changes during a run schedule one more run after it. One per
/// session: use forSession().
class ModelRetrainer final : public QObject
{
    Q_OBJECT

public:
    /// Receives the training result on the GUI thread.
    using Done = std::function<void(const Result<TrainingReport>& report)>;
    /// Runs one training and calls `done` on the GUI thread. The default opens the studio file on a
    /// worker thread; tests inject their own and call `done` themselves.
    using Job = std::function<void(Done done)>;

    /// Quiet time after the last change before training starts.
    static constexpr int kDebounceMs = 4000;

    explicit ModelRetrainer(StudioSession& session, QObject* parent = nullptr);
    ~ModelRetrainer() override;

    /// The session's retrainer (created on first use as a child of the session).
    [[nodiscard]] static ModelRetrainer* forSession(StudioSession& session);

    void setJob(Job job) { m_job = std::move(job); }
    /// Something may have changed: (re)starts the debounce timer.
    void schedule();
    /// The debounce timer's action: trains now when a change is pending and no run is going on
    /// (a change during a run is picked up when the run ends).
    void runPending();

    [[nodiscard]] bool isPending() const { return m_pending; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QTimer* timer() { return &m_timer; }
    /// The latest state in words ("Rating model trained 09:14 on 120 ratings."); empty at first.
    [[nodiscard]] QString statusText() const { return m_status; }

signals:
    void trainingStarted();
    /// A run ended; `report.trained` is false when the stored model was already up to date.
    void trainingFinished(const mentordesk::TrainingReport& report);
    void trainingFailed(const QString& message);
    void statusChanged(const QString& text);

private:
    void runInBackground(Done done);
    void finished(const Result<TrainingReport>& report);
    void setStatus(const QString& text);

    StudioSession& m_session;
    QTimer m_timer;
    Job m_job;
    QFutureWatcher<Result<TrainingReport>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_pending = false;
    bool m_running = false;
    QString m_status;
};

} // namespace mentordesk

Q_DECLARE_METATYPE(mentordesk::TrainingReport)
