// SPDX-License-Identifier: GPL-3.0-or-later
// `lesson ics`: a mentor's lessons as an iCalendar (.ics) file.
#include "../CommandRegistry.h"
#include "LessonCommandSupport.h"
#include "lessons/IcsExportService.h"

#include <QDir>
#include <QSaveFile>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LessonIcsCommands)
};

Result<void> writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return fail(
            Error::storage(Tr::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    return {};
}

int runIcs(CommandContext& ctx)
{
    auto from = ctx.date(QStringLiteral("from"));
    auto to = ctx.date(QStringLiteral("to"));
    if (!from || !to) {
        return ctx.failWith(!from ? from.error() : to.error());
    }
    auto exported =
        IcsExportService(ctx.db(), ctx.clock()).exportMentor({ctx.value(QStringLiteral("mentor")), *from, *to});
    if (!exported) {
        return ctx.failWith(exported.error());
    }
    const QString path = ctx.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        if (ctx.json()) {
            return ctx.emitObject({{QStringLiteral("lessons"), exported->lessons},
                                   {QStringLiteral("ics"), QString::fromUtf8(exported->data)}});
        }
        // Why: a real stdout gets the exact bytes (CRLF line ends); an in-memory stream (tests) the text.
        if (QIODevice* device = ctx.out().device()) {
            ctx.out().flush();
            device->write(exported->data);
        } else {
            ctx.out() << QString::fromUtf8(exported->data);
        }
        return kExitOk;
    }
    if (auto ok = writeFile(path, exported->data); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(Tr::tr("Exported %n lesson(s) of %1 to %2.", nullptr, exported->lessons)
                            .arg(exported->mentorName, QDir::toNativeSeparators(path)),
                        {{QStringLiteral("lessons"), exported->lessons}, {QStringLiteral("file"), path}});
}

} // namespace

void registerLessonIcsCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("lesson"),
                  QStringLiteral("ics"),
                  Tr::tr("Export a mentor's lessons as an iCalendar (.ics) file"),
                  {{QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("the mentor whose lessons to export"), true},
                   {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first day (studio time zone)")},
                   {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), Tr::tr("last day, inclusive")},
                   {QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("write to FILE instead of standard output")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson ics --mentor M --from 2026-02-01 --to 2026-02-28 --out "
                                 "anna.ics\n  mentordesk-cli lesson ics --mentor M > all-lessons.ics"),
                  true,
                  false,
                  runIcs});
}

} // namespace mentordesk::cli
