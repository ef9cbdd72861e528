// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "importexport/StudioExporter.h"
#include "security/Actor.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>

class QTimer;

namespace mentordesk {

class Clock;

/// What to export and where.
struct ExportRequest
{
    QString target; ///< file to write (replaced atomically when the export succeeds)
    QString entity; ///< empty = the whole studio as JSON; otherwise the table for a CSV
    bool includeDeleted = false;
    bool bom = false; ///< CSV only: start with a UTF-8 byte-order mark (for Excel)
};

/// Runs StudioExporter off the GUI thread on its OWN connection to the studio file and writes the
/// target through QSaveFile, so a failed or cancelled export leaves no half-written file. Reports
/// the bytes written so far; destroying a running job cancels it and waits.
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    ExportJob(QString studioPath, const Clock& clock, QObject* parent = nullptr);
    ~ExportJob() override;

    /// Starts the export; false when one is still running.
    /// The account the worker's own connection acts as (the session's: Database::actor()); unset, the
    /// connection starts as the studio file says (the local owner, or nobody when the login is on).
    void setActor(Actor actor) { m_actor = std::move(actor); }
    bool start(const ExportRequest& request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The result of the last finished export.
    [[nodiscard]] const Result<ExportStats>& result() const { return m_result; }
    /// Waits (bounded) for the export to end; for tests and shutdown.
    bool wait(int timeoutMs);

    /// Progress and cancellation shared with the worker (defined in the .cpp).
    struct Shared;

signals:
    void bytesWritten(qint64 bytes);
    void finished();

private:
    QString m_studioPath;
    std::optional<Actor> m_actor;
    const Clock& m_clock;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result<ExportStats>> m_watcher;
    QTimer* m_timer;
    Result<ExportStats> m_result = ExportStats{};
    bool m_running = false;
};

} // namespace mentordesk
