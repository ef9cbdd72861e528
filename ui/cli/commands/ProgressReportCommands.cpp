// SPDX-License-Identifier: GPL-3.0-or-later
// `progress report`: a learner's progress report for parents as PDF.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "ProgressReportBuilder.h"
#include "ProgressReportRenderer.h"
#include "studio/StudioService.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgressCommands)
};

int runReport(CommandContext& ctx)
{
    const QString learner = ctx.value(QStringLiteral("learner"));
    if (learner.trimmed().isEmpty()) {
        return ctx.usageError(Tr::tr("--learner is required"));
    }
    const QString path = ctx.value(QStringLiteral("out"));
    if (path.trimmed().isEmpty()) {
        return ctx.usageError(Tr::tr("--out is required"));
    }
    auto studio = StudioService(ctx.db(), ctx.clock()).settings();
    if (!studio) {
        return ctx.failWith(studio.error());
    }
    auto doc = ProgressReportBuilder(ctx.db(), ctx.clock()).build(learner, studio->language);
    if (!doc) {
        return ctx.failWith(doc.error());
    }
    auto pages = ProgressReportRenderer::renderToFile(*doc, QLocale(studio->locale), path);
    if (!pages) {
        return ctx.failWith(pages.error());
    }
    return ctx.emitDone(Tr::tr("Wrote %1 (%n page(s)).", nullptr, *pages).arg(path),
                        {{QStringLiteral("file"), path}, {QStringLiteral("pages"), *pages}});
}

} // namespace

/// Called by registerProgressCommands.
void registerProgressReportCommand(CommandRegistry& registry)
{
    CommandSpec report{
        QStringLiteral("progress"),
        QStringLiteral("report"),
        Tr::tr("Write a learner's progress report for parents as PDF"),
        {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("the learner")},
         {QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("PDF file to write")}},
        QString(),
        QStringLiteral("  mentordesk-cli progress report --learner L --out report.pdf\n"
                       "  MENTORDESK_LANG=zh_CN mentordesk-cli progress report --learner L --out zh.pdf"),
        true,
        false,
        runReport};
    report.needsGui = true;
    registry.add(report);
}

} // namespace mentordesk::cli
