// SPDX-License-Identifier: GPL-3.0-or-later
// `privacy export|erase`: one learner's or payer's personal data (docs/cli/privacy.md).
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "privacy/PersonalDataService.h"

#include <QJsonArray>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommands)
};

/// The person named by exactly one of --learner / --payer.
Result<std::pair<PersonKind, Id>> personOption(const CommandContext& ctx)
{
    const bool learner = ctx.has(QStringLiteral("learner"));
    const bool payer = ctx.has(QStringLiteral("payer"));
    if (learner == payer) {
        return fail(
            Error::invalid(QStringLiteral("learner"), Tr::tr("Give exactly one of --learner ID or --payer ID.")));
    }
    return learner ? std::pair{PersonKind::Learner, ctx.value(QStringLiteral("learner"))}
                   : std::pair{PersonKind::Payer, ctx.value(QStringLiteral("payer"))};
}

int runExport(CommandContext& ctx)
{
    auto person = personOption(ctx);
    if (!person) {
        return ctx.usageError(person.error().message);
    }
    PersonalDataService service(ctx.db(), ctx.clock(), ctx.actor());
    auto data = service.exportPerson(person->first, person->second);
    if (!data) {
        return ctx.failWith(data.error());
    }
    auto paths = PersonalDataService::save(*data, ctx.value(QStringLiteral("out")));
    if (!paths) {
        return ctx.failWith(paths.error());
    }
    qint64 rows = 0;
    const QJsonObject tables = data->json.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        rows += it.value().toArray().size();
    }
    return ctx.emitDone(Tr::tr("Exported %n record(s) about %1 to %2 and %3.", nullptr, int(rows))
                            .arg(data->name, paths->first(), paths->last()),
                        {{QStringLiteral("kind"), personKindKey(data->kind)},
                         {QStringLiteral("id"), data->id},
                         {QStringLiteral("records"), rows},
                         {QStringLiteral("json"), paths->first()},
                         {QStringLiteral("html"), paths->last()}});
}

int runErase(CommandContext& ctx)
{
    auto person = personOption(ctx);
    if (!person) {
        return ctx.usageError(person.error().message);
    }
    auto report = PersonalDataService(ctx.db(), ctx.clock(), ctx.actor())
                      .erase(person->first, person->second, ctx.value(QStringLiteral("confirm")));
    if (!report) {
        return ctx.failWith(report.error());
    }
    return ctx.emitDone(Tr::tr("Erased the personal data of %1 (%n record(s) changed); the records now read “%2”. "
                               "Issued invoices, credit notes and payments were kept unchanged.",
                               nullptr, int(report->rowsChanged))
                            .arg(report->id, report->pseudonym),
                        {{QStringLiteral("kind"), personKindKey(report->kind)},
                         {QStringLiteral("id"), report->id},
                         {QStringLiteral("pseudonym"), report->pseudonym},
                         {QStringLiteral("rows_changed"), report->rowsChanged},
                         {QStringLiteral("tables"), QJsonArray::fromStringList(report->tables)},
                         {QStringLiteral("retained"), QJsonArray::fromStringList(report->retained)}});
}

QList<OptionSpec> personOptions()
{
    return {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("the learner")},
            {QStringLiteral("payer"), QStringLiteral("ID"), Tr::tr("the payer")}};
}

} // namespace

void registerPrivacyCommands(CommandRegistry& registry)
{
    const QString privacy = QStringLiteral("privacy");
    QList<OptionSpec> exportOptions = personOptions();
    exportOptions.append(
        {QStringLiteral("out"), QStringLiteral("DIR"), Tr::tr("folder for the JSON and HTML files"), true});
    registry.add({privacy, QStringLiteral("export"),
                  Tr::tr("Export everything about one learner or payer as JSON and an HTML summary (owner only)"),
                  exportOptions, QString(),
                  QStringLiteral("  mentordesk-cli privacy export --learner 3f2a… --out ~/zelda-data"), true, false,
                  runExport});
    QList<OptionSpec> eraseOptions = personOptions();
    eraseOptions.append(
        {QStringLiteral("confirm"), QStringLiteral("NAME"), Tr::tr("the person's current name, typed again"), true});
    registry.add({privacy, QStringLiteral("erase"),
                  Tr::tr("Erase one learner's or payer's personal data; issued invoices stay (owner only; audited)"),
                  eraseOptions, QString(),
                  QStringLiteral("  mentordesk-cli privacy erase --learner 3f2a… --confirm \"Zelda Zabrowski\""), true,
                  false, runErase});
}

} // namespace mentordesk::cli
