// SPDX-License-Identifier: GPL-3.0-or-later
// `report hours|utilisation|progress|ratings|packages|revenue|aging`: the reports as tables, CSV or JSON.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
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

int runBilling(CommandContext& ctx, ReportKind kind)
{
    auto range = rangeOptions(ctx);
    if (!range) {
        return ctx.failWith(range.error());
    }
    ReportService service(ctx.db(), ctx.clock());
    const Result<ReportTable> table = kind == ReportKind::Revenue    ? service.revenue(*range)
                                      : kind == ReportKind::Packages ? service.packages()
                                                                     : service.aging();
    if (!table) {
        return ctx.failWith(table.error());
    }
    return ReportOutput::print(ctx, *table, ReportCatalog::code(kind));
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
    for (ReportKind kind : {ReportKind::Packages, ReportKind::Revenue, ReportKind::Aging}) {
        registry.add({noun, ReportCatalog::code(kind),
                      Tr::tr("%1 (available once billing is set up)").arg(ReportCatalog::title(kind)),
                      rangeOptionSpecs(), QString(),
                      QStringLiteral("  mentordesk-cli report ") + ReportCatalog::code(kind), needsStudio,
                      createsStudio, [kind](CommandContext& ctx) { return runBilling(ctx, kind); }});
    }
}

} // namespace mentordesk::cli
