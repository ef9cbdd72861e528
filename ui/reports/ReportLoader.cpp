// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportLoader.h"

#include "common/Clock.h"
#include "people/LearnerService.h"
#include "progress/ProgressService.h"
#include "reports/BillingCharts.h"
#include "reports/ProgressChart.h"
#include "reports/ReportCharts.h"
#include "reports/ReportService.h"
#include "storage/Database.h"

namespace mentordesk {

namespace {

template <typename Report>
void take(ReportData& out, Result<Report>&& r, std::optional<Report>& slot)
{
    if (!r) {
        out.error = r.error().message;
        return;
    }
    out.table = r->table();
    out.from = r->from;
    out.to = r->to;
    slot = std::move(*r);
}

} // namespace

ReportData ReportLoader::fetch(Database& db, const Clock& clock, const ReportRequest& request)
{
    ReportData out;
    out.request = request;
    ReportService reports(db, clock);
    switch (request.kind) {
    case ReportKind::Hours:
        take(out, reports.hours(request.range), out.hours);
        break;
    case ReportKind::Utilisation:
        take(out, reports.utilisation(request.range), out.utilisation);
        break;
    case ReportKind::Progress:
        take(out, reports.learnerProgress(request.learnerId, request.range), out.progress);
        break;
    case ReportKind::Ratings:
        take(out, reports.ratings(request.range), out.ratings);
        break;
    case ReportKind::AtRisk: {
        auto list = ProgressService(db, clock).atRisk();
        auto table = reports.atRisk();
        if (!list || !table) {
            out.error = !list ? list.error().message : table.error().message;
            break;
        }
        out.atRisk = *list;
        out.table = *table;
        break;
    }
    case ReportKind::Revenue:
    case ReportKind::Aging:
    case ReportKind::Packages: {
        Result<ReportTable> table = request.kind == ReportKind::Revenue ? reports.revenue(request.range)
                                    : request.kind == ReportKind::Aging ? reports.aging()
                                                                        : reports.packages();
        if (!table) {
            out.error = table.error().message;
            break;
        }
        out.table = *table;
        if (request.kind == ReportKind::Revenue && !out.table.rows.isEmpty()) {
            // Whole months: from the first month's first day to the last month's last day.
            out.from =
                QDate::fromString(out.table.rows.constFirst().value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
            out.to =
                QDate::fromString(out.table.rows.constLast().value(0).toString() + QStringLiteral("-01"), Qt::ISODate)
                    .addMonths(1)
                    .addDays(-1);
        }
        break;
    }
    }
    return out;
}

ReportData ReportLoader::fetchFromFile(const QString& path, const QDateTime& now, const ReportRequest& request,
                                       const Actor& actor)
{
    auto db = Database::openForWorker(path, actor);
    if (!db) {
        ReportData out;
        out.request = request;
        out.error = db.error().message;
        return out;
    }
    const FixedClock clock(now);
    return fetch(**db, clock, request);
}

LoadedReport ReportLoader::present(ReportData data, const Formatter& format)
{
    LoadedReport out;
    out.error = std::move(data.error);
    out.table = std::move(data.table);
    out.from = data.from;
    out.to = data.to;
    out.atRisk = std::move(data.atRisk);
    if (!out.error.isEmpty()) {
        return out;
    }
    if (data.hours) {
        out.chart.reset(ReportCharts::hours(*data.hours, format));
    } else if (data.utilisation) {
        out.chart.reset(ReportCharts::utilisation(*data.utilisation, format));
    } else if (data.progress) {
        out.chart.reset(ProgressChart::build(*data.progress, format, data.request.enrollmentId));
        out.progress = std::move(*data.progress);
    } else if (data.ratings) {
        out.chart.reset(ReportCharts::ratings(*data.ratings, format, data.request.byMentor));
    } else if (data.request.kind == ReportKind::Revenue) {
        out.chart.reset(BillingCharts::revenue(out.table, format));
    } else if (data.request.kind == ReportKind::Aging) {
        out.chart.reset(BillingCharts::aging(out.table, format));
    }
    return out;
}

QList<QPair<QString, Id>> ReportLoader::learners(Database& db, const Clock& clock)
{
    QList<QPair<QString, Id>> out;
    auto page = LearnerService(db, clock).list({}, {0, 10000});
    if (page) {
        for (const Learner& l : page->items) {
            out.append({l.name, l.meta.id});
        }
    }
    return out;
}

} // namespace mentordesk
