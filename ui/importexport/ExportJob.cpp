// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ExportJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace mentordesk {

struct ExportJob::Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> bytes{0};
};

namespace {

constexpr int kPollMs = 100;

/// Forwards writes to the target file, counting the bytes and failing once cancelled.
class CountingDevice final : public QIODevice
{
public:
    CountingDevice(QIODevice& target, ExportJob::Shared& shared)
        : m_target(target)
        , m_shared(shared)
    {}

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        Q_UNUSED(data);
        Q_UNUSED(maxSize);
        return -1;
    }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_shared.cancel.load()) {
            setErrorString(ExportJob::tr("cancelled"));
            return -1;
        }
        const qint64 written = m_target.write(data, size);
        if (written < 0) {
            setErrorString(m_target.errorString());
            return -1;
        }
        m_shared.bytes += written;
        return written;
    }

private:
    QIODevice& m_target;
    ExportJob::Shared& m_shared;
};

Result<ExportStats> runExport(const QString& studioPath, const Clock& clock, const std::optional<Actor>& actor,
                              const ExportRequest& request, const std::shared_ptr<ExportJob::Shared>& shared)
{
    Database::Options options;
    options.createIfMissing = false;
    options.backupBeforeUpgrade = false;
    auto db = Database::open(studioPath, options);
    if (!db) {
        return fail(db.error());
    }
    if (actor) {
        (*db)->setActor(*actor);
    }
    QSaveFile file(request.target);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::storage(
            ExportJob::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(request.target), file.errorString())));
    }
    CountingDevice counting(file, *shared);
    counting.open(QIODevice::WriteOnly);
    StudioExporter exporter(**db, clock);
    Result<ExportStats> stats =
        request.entity.isEmpty()
            ? exporter.writeJson(counting, request.includeDeleted)
            : exporter.writeCsv(counting, request.entity, CsvExportOptions{request.bom, request.includeDeleted});
    if (!stats) {
        file.cancelWriting();
        return stats;
    }
    if (shared->cancel.load()) {
        file.cancelWriting();
        return fail(Error::refused(ExportJob::tr("The export was cancelled; no file was written.")));
    }
    if (!file.commit()) {
        return fail(Error::storage(
            ExportJob::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(request.target), file.errorString())));
    }
    return stats;
}

} // namespace

ExportJob::ExportJob(QString studioPath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_studioPath(std::move(studioPath))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_shared) {
            emit bytesWritten(m_shared->bytes.load());
        }
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_timer->stop();
        m_result = m_watcher.result();
        m_running = false;
        if (m_shared && m_shared->cancel.load() && !m_result) {
            m_result = fail(Error::refused(tr("The export was cancelled; no file was written.")));
        }
        emit finished();
    });
}

ExportJob::~ExportJob()
{
    if (m_shared) {
        m_shared->cancel = true;
    }
    m_watcher.waitForFinished();
}

bool ExportJob::start(const ExportRequest& request)
{
    if (m_running) {
        return false;
    }
    m_shared = std::make_shared<Shared>();
    m_running = true;
    m_timer->start();
    m_watcher.setFuture(
        QtConcurrent::run([path = m_studioPath, &clock = m_clock, actor = m_actor, request, shared = m_shared] {
            return runExport(path, clock, actor, request, shared);
        }));
    return true;
}

void ExportJob::cancel()
{
    if (m_shared) {
        m_shared->cancel = true;
    }
}

bool ExportJob::wait(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return !m_running;
}

} // namespace mentordesk
