// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "importexport/CsvImport.h"
#include "importexport/CsvParser.h"
#include "security/Actor.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>

class QTimer;

namespace mentordesk {

class Clock;
struct ImportPlan;

/// One CSV record as the preview shows it: its cells arranged by the importer's columns, and the
/// problem found in it (empty for a good row).
struct PreviewRow
{
    int line = 0;
    QStringList values; ///< raw cells, `values[i]` for the importer's column i ("" when unmapped)
    QString field;      ///< column key of the problem; empty when none or not about one column
    QString problem;    ///< translated reason; empty for a good row
};

/// What a finished ImportJob hands back.
struct ImportJobResult
{
    Result<ImportReport> report = ImportReport{};
    /// For dry runs: the rows to preview — every row with a problem and the first good ones.
    QList<PreviewRow> rows;
};

/// Runs CsvImport off the GUI thread: the worker opens its OWN connection to the studio file (a
/// connection belongs to the thread that opened it), so the window keeps painting. Progress is
/// polled from the worker and re-emitted on the GUI thread; cancel() stops it between rows and
/// nothing is written. Destroying a running job cancels it and waits.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    /// Good rows kept for the preview of a dry run (rows with problems are always kept).
    static constexpr int kPreviewGoodRows = 1000;
    /// Progress and cancellation shared with the worker (defined in the .cpp).
    struct Shared;

    ImportJob(QString studioPath, const Clock& clock, QObject* parent = nullptr);
    ~ImportJob() override;

    /// Starts importing `plan` (a dry run when `dryRun`); false when a run is still going.
    /// The account the worker's own connection acts as (the session's: Database::actor()); unset, the
    /// connection starts as the studio file says (the local owner, or nobody when the login is on).
    void setActor(Actor actor) { m_actor = std::move(actor); }
    bool start(const ImportPlan& plan, bool dryRun);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    /// The result of the last finished run.
    [[nodiscard]] const ImportJobResult& result() const { return m_result; }
    /// Waits (bounded) for the run to end; for tests and shutdown.
    bool wait(int timeoutMs);

signals:
    /// Progress in percent over both stages (checking is the first half, writing the second).
    void progressChanged(int percent, const QString& message);
    void finished();

private:
    void poll();

    QString m_studioPath;
    std::optional<Actor> m_actor;
    const Clock& m_clock;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<ImportJobResult> m_watcher;
    QTimer* m_timer;
    ImportJobResult m_result;
    bool m_running = false;
};

} // namespace mentordesk
