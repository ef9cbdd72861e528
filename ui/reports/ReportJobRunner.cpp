// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportJobRunner.h"

#include "common/Clock.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mentordesk {

ReportJobRunner::ReportJobRunner(StudioSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

ReportJobRunner::~ReportJobRunner()
{
    for (QFutureWatcher<ReportData>* watcher : std::as_const(m_running)) {
        watcher->waitForFinished();
    }
}

void ReportJobRunner::start(const ReportRequest& request)
{
    const quint64 job = ++m_started;
    const QString path = m_session.path();
    if (path.isEmpty() || path == u":memory:") {
        ReportData data = ReportLoader::fetch(m_session.db(), m_session.clock(), request);
        m_delivered = job;
        emit finished(data);
        return;
    }
    const QDateTime now = m_session.clock().nowUtc();
    const Actor actor = m_session.db().actor();
    auto* watcher = new QFutureWatcher<ReportData>(this);
    m_running.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        m_running.removeOne(watcher);
        watcher->deleteLater();
        if (job != m_started) {
            return; // superseded by a newer request
        }
        m_delivered = job;
        emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [path, now, request, actor] { return ReportLoader::fetchFromFile(path, now, request, actor); }));
}

} // namespace mentordesk
