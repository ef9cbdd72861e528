// SPDX-License-Identifier: GPL-3.0-or-later
// `init`, `studio show`, `studio set`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "studio/StudioService.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudioCommands)
};

QJsonObject studioJson(const StudioSettings& s)
{
    return {{QStringLiteral("id"), s.meta.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("currency"), s.currency},
            {QStringLiteral("locale"), s.locale},
            {QStringLiteral("time_zone"), s.timeZone},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("address"), s.address},
            {QStringLiteral("tax_id"), s.taxId},
            {QStringLiteral("email"), s.email},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("payment_terms_days"), s.paymentTermsDays},
            {QStringLiteral("week_starts_on"), s.weekStartsOn},
            {QStringLiteral("version"), s.meta.version}};
}

QList<OptionSpec> settingOptions(bool forInit)
{
    return {
        {QStringLiteral("name"), QStringLiteral("TEXT"), Tr::tr("studio name"), forInit},
        {QStringLiteral("currency"), QStringLiteral("CODE"), Tr::tr("ISO 4217 currency (default EUR)")},
        {QStringLiteral("locale"), QStringLiteral("NAME"), Tr::tr("locale for dates and money (default en_US)")},
        {QStringLiteral("time-zone"), QStringLiteral("ZONE"), Tr::tr("IANA time zone (default UTC)")},
        {QStringLiteral("language"), QStringLiteral("en|zh_CN"), Tr::tr("interface language (default en)")},
        {QStringLiteral("address"), QStringLiteral("TEXT"), Tr::tr("postal address")},
        {QStringLiteral("tax-id"), QStringLiteral("TEXT"), Tr::tr("tax id printed on invoices")},
        {QStringLiteral("email"), QStringLiteral("ADDRESS"), Tr::tr("studio e-mail")},
        {QStringLiteral("phone"), QStringLiteral("TEXT"), Tr::tr("studio phone")},
        {QStringLiteral("payment-terms"), QStringLiteral("DAYS"), Tr::tr("days until an invoice is due (default 14)")},
        {QStringLiteral("week-start"), QStringLiteral("1-7"), Tr::tr("first day of the week, 1 = Monday")}};
}

Result<StudioSettings> applyOptions(const CommandContext& ctx, StudioSettings s)
{
    s.name = ctx.value(QStringLiteral("name"), s.name);
    s.currency = ctx.value(QStringLiteral("currency"), s.currency);
    s.locale = ctx.value(QStringLiteral("locale"), s.locale);
    s.timeZone = ctx.value(QStringLiteral("time-zone"), s.timeZone);
    s.language = ctx.value(QStringLiteral("language"), s.language);
    s.address = ctx.value(QStringLiteral("address"), s.address);
    s.taxId = ctx.value(QStringLiteral("tax-id"), s.taxId);
    s.email = ctx.value(QStringLiteral("email"), s.email);
    s.phone = ctx.value(QStringLiteral("phone"), s.phone);
    auto terms = ctx.integer(QStringLiteral("payment-terms"), 0, 365, s.paymentTermsDays);
    if (!terms) {
        return fail(terms.error());
    }
    s.paymentTermsDays = static_cast<int>(*terms);
    auto week = ctx.integer(QStringLiteral("week-start"), 1, 7, s.weekStartsOn);
    if (!week) {
        return fail(week.error());
    }
    s.weekStartsOn = static_cast<int>(*week);
    return s;
}

int runInit(CommandContext& ctx)
{
    auto input = applyOptions(ctx, StudioSettings{});
    if (!input) {
        return ctx.failWith(input.error());
    }
    auto created = StudioService(ctx.db(), ctx.clock()).initialize(*input);
    if (!created) {
        return ctx.failWith(created.error());
    }
    return ctx.emitDone(Tr::tr("Created the studio “%1” (%2).").arg(created->name, created->currency),
                        studioJson(*created));
}

int runShow(CommandContext& ctx)
{
    auto st = StudioService(ctx.db(), ctx.clock()).settings();
    if (!st) {
        return ctx.failWith(st.error());
    }
    return ctx.emitObject(studioJson(*st));
}

int runSet(CommandContext& ctx)
{
    StudioService service(ctx.db(), ctx.clock());
    auto st = service.settings();
    if (!st) {
        return ctx.failWith(st.error());
    }
    auto input = applyOptions(ctx, *st);
    if (!input) {
        return ctx.failWith(input.error());
    }
    auto updated = service.update(*input);
    if (!updated) {
        return ctx.failWith(updated.error());
    }
    return ctx.emitObject(studioJson(*updated));
}

} // namespace

void registerStudioCommands(CommandRegistry& registry)
{
    CommandSpec init{
        QStringLiteral("init"),
        QString(),
        Tr::tr("Create a new, empty studio database"),
        settingOptions(true),
        QString(),
        QStringLiteral("  mentordesk-cli --db ~/studio.mentordesk init --name \"Lin's Studio\" --currency CNY "
                       "--time-zone Asia/Shanghai --locale zh_CN --language zh_CN"),
        true,
        true,
        runInit};
    registry.add(init);
    registry.add({QStringLiteral("studio"),
                  QStringLiteral("show"),
                  Tr::tr("Show the studio's settings"),
                  {},
                  QString(),
                  QStringLiteral("  mentordesk-cli studio show --json"),
                  true,
                  false,
                  runShow});
    QList<OptionSpec> setOptions = settingOptions(false);
    registry.add({QStringLiteral("studio"), QStringLiteral("set"), Tr::tr("Change the studio's settings"), setOptions,
                  QString(), QStringLiteral("  mentordesk-cli studio set --payment-terms 30"), true, false, runSet});
}

} // namespace mentordesk::cli
