// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/HoursReport.h"
#include "reports/ProgressHistoryReport.h"
#include "reports/RatingTrendReport.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportRange.h"
#include "reports/ReportTable.h"
#include "reports/UtilisationReport.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// The reports of docs/reports.md as data series. Aggregation happens in SQL (GROUP BY local week
/// or month, in the studio's time zone); "today" is the clock's date in that zone. Weekly reports
/// cover whole weeks (starting on the studio's first weekday), monthly ones whole months.
/// Range errors name the field "from" or "to". Reads only.
class ReportService final
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    static constexpr int kMaxYears = 20;

    ReportService(Database& db, const Clock& clock);

    /// `requested` with defaults filled in (an invalid `to` is today; an invalid `from` is 12 weeks
    /// back for hours and utilisation, 12 months for ratings and revenue, 52 weeks for progress),
    /// checked: Invalid "to" when it is before `from`, Invalid "from" when the span exceeds 20 years.
    [[nodiscard]] Result<ReportRange> resolveRange(ReportKind kind, const ReportRange& requested);

    [[nodiscard]] Result<HoursReport> hours(const ReportRange& range = {});
    [[nodiscard]] Result<UtilisationReport> utilisation(const ReportRange& range = {});
    /// Progress over time of every enrollment of the learner. The default range starts at the
    /// learner's first enrollment; the range ends today at the latest. Invalid "learner" when unknown.
    [[nodiscard]] Result<ProgressHistoryReport> learnerProgress(const Id& learnerId, const ReportRange& range = {});
    /// Progress over time of the course's enrollments and their mean. Invalid "course" when unknown.
    [[nodiscard]] Result<ProgressHistoryReport> courseProgress(const Id& courseId, const ReportRange& range = {});
    [[nodiscard]] Result<RatingTrendReport> ratings(const ReportRange& range = {});
    /// The at-risk list as a table: learner_id, learner, enrollment_id, title, mentor, progress,
    /// reason (machine code), detail (translated sentence) — one row per flag.
    [[nodiscard]] Result<ReportTable> atRisk();

    /// Not available until billing stores invoices, payments and packages: each fails with
    /// ReportCatalog::notAvailable() (Refused, field "billing").
    [[nodiscard]] Result<ReportTable> packages();
    [[nodiscard]] Result<ReportTable> revenue(const ReportRange& range = {});
    [[nodiscard]] Result<ReportTable> aging();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
