// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportLoader.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace mentordesk {

class StudioSession;

/// Runs report queries off the GUI thread: each job opens its own connection to the studio file
/// (ReportLoader::fetchFromFile) with the session clock's current time. A newer job supersedes the
/// older ones: only the newest result is delivered. An in-memory studio (no file a worker could
/// open) is queried on the calling thread.
class ReportJobRunner final : public QObject
{
    Q_OBJECT

public:
    explicit ReportJobRunner(StudioSession& session, QObject* parent = nullptr);
    /// Waits for running workers: they read the studio file.
    ~ReportJobRunner() override;

    void start(const ReportRequest& request);
    /// True until the newest job's result has been delivered.
    [[nodiscard]] bool isBusy() const { return m_delivered != m_started; }

signals:
    void finished(const mentordesk::ReportData& data);

private:
    StudioSession& m_session;
    QList<QFutureWatcher<ReportData>*> m_running;
    quint64 m_started = 0;
    quint64 m_delivered = 0;
};

} // namespace mentordesk
