// SPDX-License-Identifier: GPL-3.0-or-later
// `report hours|utilisation|progress|ratings|packages|revenue|aging`: the reports as tables, CSV or JSON.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "AgingOutput.h"
#include "BillingCommandSupport.h"
#include "ReportOutput.h"
#include "reports/ReportService.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

Result<ReportRange> rangeOptions(CommandContext& ctx)
{
    auto from = ctx.date(QStringLiteral("from"));
    if (!from) {
        return fail(from.error());
    }
    auto to = ctx.date(QStringLiteral("to"));
    if (!to) {
        return fail(to.error());
    }
    return ReportRange{*from, *to};
}

template <typename Report>
int printReport(CommandContext& ctx, const Result<Report>& report, ReportKind kind)
{
    if (!report) {
        return ctx.failWith(report.error());
    }
    return ReportOutput::print(ctx, report->table(), ReportCatalog::code(kind), report->from, report->to);
}

int runHours(CommandContext& ctx)
{
    auto range = rangeOptions(ctx);
    if (!range) {
        return ctx.failWith(range.error());
    }
    return printReport(ctx, ReportService(ctx.db(), ctx.clock()).hours(*range), ReportKind::Hours);
}

int runUtilisation(CommandContext& ctx)
{
    auto range = rangeOptions(ctx);
    if (!range) {
        return ctx.failWith(range.error());
    }
    return printReport(ctx, ReportService(ctx.db(), ctx.clock()).utilisation(*range), ReportKind::Utilisation);
}

int runProgress(CommandContext& ctx)
{
    const bool byLearner = ctx.has(QStringLiteral("learner"));
    if (byLearner == ctx.has(QStringLiteral("course"))) {
        return ctx.usageError(Tr::tr("give exactly one of --learner and --course"));
    }
    auto range = rangeOptions(ctx);
    if (!range) {
        return ctx.failWith(range.error());
    }
    ReportService service(ctx.db(), ctx.clock());
    return printReport(ctx,
                       byLearner ? service.learnerProgress(ctx.value(QStringLiteral("learner")), *range)
                                 : service.courseProgress(ctx.value(QStringLiteral("course")), *range),
                       ReportKind::Progress);
}

int runRatings(CommandContext& ctx)
{
    auto range = rangeOptions(ctx);
    if (!range) {
        return ctx.failWith(range.error());
    }
    return printReport(ctx, ReportService(ctx.db(), ctx.clock()).ratings(*range), ReportKind::Ratings);
}

int runRevenue(CommandContext& ctx)
{
    auto range = rangeOptions(ctx);
    if (!range) {
        return ctx.failWith(range.error());
    }
    ReportService service(ctx.db(), ctx.clock());
    auto resolved = service.resolveRange(ReportKind::Revenue, *range);
    if (!resolved) {
        return ctx.failWith(resolved.error());
    }
    auto table = service.revenue(*resolved);
    if (!table) {
        return ctx.failWith(table.error());
    }
    auto currency = BillingCommandSupport::studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    // Why: text shows money in the studio currency; JSON and CSV keep integer minor units for machines.
    return ReportOutput::print(ctx, *table, ReportCatalog::code(ReportKind::Revenue), resolved->from, resolved->to,
                               {*currency, false});
}

int runPackages(CommandContext& ctx)
{
    auto table = ReportService(ctx.db(), ctx.clock()).packages();
    if (!table) {
        return ctx.failWith(table.error());
    }
    auto currency = BillingCommandSupport::studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    return ReportOutput::print(ctx, *table, ReportCatalog::code(ReportKind::Packages), {}, {}, {*currency, true});
}

/// CSV (`--csv`, `--out`): ReportService's table in minor units; text and JSON: AgingOutput.
int runAging(CommandContext& ctx)
{
    auto asOf = ctx.date(QStringLiteral("as-of"));
    if (!asOf) {
        return ctx.failWith(asOf.error());
    }
    if (!ctx.has(QStringLiteral("csv")) && !ctx.has(QStringLiteral("out"))) {
        return AgingOutput::print(ctx, *asOf);
    }
    auto table = ReportService(ctx.db(), ctx.clock()).aging(*asOf);
    if (!table) {
        return ctx.failWith(table.error());
    }
    return ReportOutput::print(ctx, *table, ReportCatalog::code(ReportKind::Aging));
}

QList<OptionSpec> rangeOptionSpecs()
{
    return {{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first day (default: see docs)")},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), Tr::tr("last day (default: today)")},
            {QStringLiteral("csv"), QString(), Tr::tr("write CSV to standard output")},
            {QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("write the CSV to FILE")}};
}

} // namespace

void registerReportCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("report");
    const bool needsStudio = true;
    const bool createsStudio = false;
    registry.add({noun, QStringLiteral("hours"), ReportCatalog::title(ReportKind::Hours), rangeOptionSpecs(), QString(),
                  QStringLiteral("  mentordesk-cli report hours --from 2026-09-01 --to 2026-11-30\n"
                                 "  mentordesk-cli report hours --csv > hours.csv"),
                  needsStudio, createsStudio, runHours});
    registry.add({noun, QStringLiteral("utilisation"), ReportCatalog::title(ReportKind::Utilisation),
                  rangeOptionSpecs(), QString(), QStringLiteral("  mentordesk-cli report utilisation --json"),
                  needsStudio, createsStudio, runUtilisation});
    QList<OptionSpec> progressOptions{
        {QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("every enrollment of this learner")},
        {QStringLiteral("course"), QStringLiteral("ID"), Tr::tr("the mean progress of this course's enrollments")}};
    progressOptions.append(rangeOptionSpecs());
    registry.add({noun, QStringLiteral("progress"), ReportCatalog::title(ReportKind::Progress), progressOptions,
                  QString(),
                  QStringLiteral("  mentordesk-cli report progress --learner L\n"
                                 "  mentordesk-cli report progress --course C --from 2026-01-01 --csv"),
                  needsStudio, createsStudio, runProgress});
    registry.add({noun, QStringLiteral("ratings"), ReportCatalog::title(ReportKind::Ratings), rangeOptionSpecs(),
                  QString(), QStringLiteral("  mentordesk-cli report ratings --from 2026-01-01"), needsStudio,
                  createsStudio, runRatings});
    registry.add({noun, QStringLiteral("revenue"), ReportCatalog::title(ReportKind::Revenue), rangeOptionSpecs(),
                  QString(),
                  QStringLiteral("  mentordesk-cli report revenue --from 2026-01-01\n"
                                 "  mentordesk-cli report revenue --csv > revenue.csv"),
                  needsStudio, createsStudio, runRevenue});
    const QList<OptionSpec> csvOptions{rangeOptionSpecs().mid(2)};
    registry.add({noun, QStringLiteral("packages"), ReportCatalog::title(ReportKind::Packages), csvOptions, QString(),
                  QStringLiteral("  mentordesk-cli report packages --json"), needsStudio, createsStudio, runPackages});
    QList<OptionSpec> agingOptions{
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), Tr::tr("the day (default today)")}};
    agingOptions.append(csvOptions);
    registry.add({noun, QStringLiteral("aging"),
                  Tr::tr("Accounts receivable by days past due (current, 1-30, 31-60, 61-90, 90+)"), agingOptions,
                  QString(),
                  QStringLiteral("  mentordesk-cli report aging --as-of 2026-06-30\n"
                                 "  mentordesk-cli report aging --csv --out aging.csv"),
                  needsStudio, createsStudio, runAging});
}

} // namespace mentordesk::cli
