// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportJob.h"

#include "importexport/HeaderMapping.h"
#include "importexport/ImportPlan.h"
#include "importexport/ImporterRegistry.h"
#include "importexport/TextDecoder.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>

namespace mentordesk {

struct ImportJob::Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<int> stage{0}; ///< 0 = checking, 1 = writing
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

namespace {

constexpr int kPollMs = 100;

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

/// The rows a dry-run preview shows: every row with a problem and the first good ones.
QList<PreviewRow> previewRows(const ImportPlan& plan, const ImportReport& report)
{
    QList<PreviewRow> rows;
    if (report.delimiter.isNull()) {
        return rows;
    }
    auto decoded = TextDecoder::decode(plan.bytes, plan.encoding);
    if (!decoded) {
        return rows;
    }
    auto records = CsvParser::parseAll(decoded->text, report.delimiter);
    if (!records || records->isEmpty()) {
        return rows;
    }
    const QStringList& header = records->constFirst().fields;
    const HeaderMapping mapping(header, plan.columns, plan.mapping);
    if (!mapping.errors().isEmpty()) {
        return rows;
    }
    QHash<int, const RowError*> problems;
    for (const RowError& e : report.errors) {
        if (!problems.contains(e.line)) {
            problems.insert(e.line, &e);
        }
    }
    int good = 0;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord& rec = records->at(r);
        if (isBlank(rec.fields)) {
            continue;
        }
        const RowError* problem = problems.value(rec.line, nullptr);
        if (!problem && good >= ImportJob::kPreviewGoodRows) {
            continue;
        }
        PreviewRow row;
        row.line = rec.line;
        row.values = QStringList(plan.columns.size());
        for (qsizetype i = 0; i < rec.fields.size() && i < mapping.columnOfCell().size(); ++i) {
            if (const int column = mapping.columnOfCell()[i]; column >= 0) {
                row.values[column] = rec.fields[i];
            }
        }
        if (problem) {
            row.field = problem->field;
            row.problem = problem->message;
        } else {
            ++good;
        }
        rows.append(std::move(row));
    }
    return rows;
}

ImportJobResult runImport(const QString& studioPath, const Clock& clock, const std::optional<Actor>& actor,
                          const ImportPlan& plan, bool dryRun, const std::shared_ptr<ImportJob::Shared>& shared)
{
    ImportJobResult out;
    Database::Options options;
    options.createIfMissing = false;
    options.backupBeforeUpgrade = false;
    auto db = Database::open(studioPath, options);
    if (!db) {
        out.report = fail(db.error());
        return out;
    }
    if (actor) {
        (*db)->setActor(*actor);
    }
    auto importer = ImporterRegistry::create(plan.entity, **db, clock);
    if (!importer) {
        out.report = fail(importer.error());
        return out;
    }
    ImportOptions importOptions;
    importOptions.encoding = plan.encoding;
    importOptions.delimiter = plan.delimiter;
    importOptions.dryRun = dryRun;
    importOptions.skipBadRows = plan.skipBadRows;
    importOptions.mapping = plan.mapping;
    importOptions.cancel = &shared->cancel;
    importOptions.progress = [&shared](ImportStage stage, qint64 done, qint64 total) {
        shared->stage = stage == ImportStage::Checking ? 0 : 1;
        shared->done = done;
        shared->total = total;
    };
    out.report = CsvImport(**db, **importer).runBytes(plan.bytes, importOptions);
    if (dryRun && out.report) {
        out.rows = previewRows(plan, *out.report);
    }
    return out;
}

} // namespace

ImportJob::ImportJob(QString studioPath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_studioPath(std::move(studioPath))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &ImportJob::poll);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_timer->stop();
        m_result = m_watcher.result();
        m_running = false;
        emit progressChanged(100, QString());
        emit finished();
    });
}

ImportJob::~ImportJob()
{
    if (m_shared) {
        m_shared->cancel = true;
    }
    m_watcher.waitForFinished();
}

bool ImportJob::start(const ImportPlan& plan, bool dryRun)
{
    if (isRunning()) {
        return false;
    }
    m_shared = std::make_shared<Shared>();
    m_result = ImportJobResult{};
    m_running = true;
    emit progressChanged(0, tr("Reading the file…"));
    m_timer->start();
    m_watcher.setFuture(
        QtConcurrent::run([path = m_studioPath, &clock = m_clock, actor = m_actor, plan, dryRun, shared = m_shared] {
            return runImport(path, clock, actor, plan, dryRun, shared);
        }));
    return true;
}

void ImportJob::cancel()
{
    if (m_shared) {
        m_shared->cancel = true;
    }
}

bool ImportJob::isRunning() const
{
    return m_running;
}

bool ImportJob::wait(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return !m_running;
}

void ImportJob::poll()
{
    if (!m_shared) {
        return;
    }
    const qint64 total = m_shared->total.load();
    const qint64 done = m_shared->done.load();
    const bool writing = m_shared->stage.load() == 1;
    const int within = total > 0 ? static_cast<int>(done * 50 / total) : 0;
    const int percent = writing ? 50 + within : within;
    const QString message = total <= 0 ? tr("Reading the file…")
                            : writing  ? tr("Storing row %1 of %2…").arg(done).arg(total)
                                       : tr("Checking row %1 of %2…").arg(done).arg(total);
    emit progressChanged(std::clamp(percent, 0, 99), message);
}

} // namespace mentordesk
