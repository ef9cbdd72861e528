// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentProgress.h"
#include "reports/HoursReport.h"
#include "reports/ProgressHistoryReport.h"
#include "reports/RatingTrendReport.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportRange.h"
#include "reports/ReportTable.h"
#include "reports/UtilisationReport.h"
#include "security/Actor.h"

#include <QChart>
#include <QDateTime>
#include <memory>
#include <optional>

namespace mentordesk {

class Clock;
class Database;
class Formatter;

/// What the Reports page asks for.
struct ReportRequest
{
    ReportKind kind = ReportKind::Hours;
    ReportRange range;
    Id learnerId;         ///< progress: the learner
    Id enrollmentId;      ///< progress: one enrollment, empty = all
    bool byMentor = true; ///< ratings: by mentor, else by course
};

/// A report's data as the core services return it — computed on any thread.
struct ReportData
{
    ReportRequest request;
    std::optional<HoursReport> hours;
    std::optional<UtilisationReport> utilisation;
    std::optional<ProgressHistoryReport> progress;
    std::optional<RatingTrendReport> ratings;
    QList<AtRiskEntry> atRisk;
    ReportTable table;
    QDate from;
    QDate to;
    QString error; ///< empty when the report loaded
};

/// A report ready to show: its chart (when it has one), its table for CSV, the range it covers,
/// or the error that stopped it.
struct LoadedReport
{
    std::unique_ptr<QChart> chart;
    ReportTable table;
    QDate from;
    QDate to;
    QString error;                  ///< empty when the report loaded
    ProgressHistoryReport progress; ///< progress reports only
    QList<AtRiskEntry> atRisk;      ///< at-risk report only
};

/// Runs a report in two steps: `fetch` queries the core services (no GUI objects, so it runs on a
/// worker thread with its own connection — `fetchFromFile`), `present` builds the chart on the GUI
/// thread (ReportCharts, ProgressChart).
class ReportLoader final
{
public:
    [[nodiscard]] static ReportData fetch(Database& db, const Clock& clock, const ReportRequest& request);
    /// Opens its own connection to the studio file at `path` (a connection belongs to its thread)
    /// and fetches with a clock fixed at `now`, acting as `actor` (the session's account).
    [[nodiscard]] static ReportData fetchFromFile(const QString& path, const QDateTime& now,
                                                  const ReportRequest& request, const Actor& actor);
    [[nodiscard]] static LoadedReport present(ReportData data, const Formatter& format);
    /// Every live learner as (name, id), by name — the progress report's choices. Here rather than in
    /// the page because the page's base class `Page` hides the `Page<T>` result template.
    [[nodiscard]] static QList<QPair<QString, Id>> learners(Database& db, const Clock& clock);
};

} // namespace mentordesk
