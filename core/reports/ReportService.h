// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/HoursReport.h"
#include "reports/PackageStatus.h"
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

    /// Every live package purchase as of today (see PackageStatus), by learner name and purchase date.
    [[nodiscard]] Result<QList<PackageStatus>> packageStatuses();
    /// packageStatuses() as a table: package_id, plan_id, plan, enrollment_id, learner_id, learner, payer_id,
    /// purchased_on, valid_until, minutes, used_minutes, remaining_minutes, expired, low_balance.
    [[nodiscard]] Result<ReportTable> packages();
    /// Per month of the range (whole months, every month listed): month ("YYYY-MM"), currency, issued_minor (issued
    /// invoices by issue date), credited_minor (credit notes, positive), paid_minor (payments by payment
    /// date, credit applied from the payer's balance excluded), invoices. Invoices in the studio currency.
    [[nodiscard]] Result<ReportTable> revenue(const ReportRange& range = {});
    /// ReceivablesService's aging as of `asOf` (invalid = today): payer_id, payer, current_minor,
    /// days_1_30_minor, days_31_60_minor, days_61_90_minor, days_over_90_minor, total_minor — one row per
    /// payer with an open balance, by name.
    [[nodiscard]] Result<ReportTable> aging(const QDate& asOf = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
