// SPDX-License-Identifier: GPL-3.0-or-later
// `payer add|edit|show|list|archive|restore`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "people/PayerService.h"
#include "storage/Statement.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayerCommands)
};

QJsonObject payerJson(const Payer& p)
{
    return {{QStringLiteral("id"), p.meta.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("invoice_language"), p.invoiceLanguage},
            {QStringLiteral("tax_id"), p.taxId},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("archived"), p.isArchived()},
            {QStringLiteral("version"), p.meta.version}};
}

QList<OptionSpec> fieldOptions(bool nameRequired)
{
    return {
        {QStringLiteral("name"), QStringLiteral("TEXT"), Tr::tr("full name or company name"), nameRequired},
        {QStringLiteral("email"), QStringLiteral("ADDRESS"), Tr::tr("e-mail for invoices")},
        {QStringLiteral("phone"), QStringLiteral("TEXT"), Tr::tr("phone number")},
        {QStringLiteral("address"), QStringLiteral("TEXT"), Tr::tr("postal address")},
        {QStringLiteral("invoice-language"), QStringLiteral("en|zh_CN"), Tr::tr("language of invoices (default en)")},
        {QStringLiteral("tax-id"), QStringLiteral("TEXT"), Tr::tr("tax id (companies)")},
        {QStringLiteral("notes"), QStringLiteral("TEXT"), Tr::tr("free notes")}};
}

PayerInput inputFrom(const CommandContext& ctx, const PayerInput& base)
{
    PayerInput in = base;
    in.name = ctx.value(QStringLiteral("name"), base.name);
    in.email = ctx.value(QStringLiteral("email"), base.email);
    in.phone = ctx.value(QStringLiteral("phone"), base.phone);
    in.address = ctx.value(QStringLiteral("address"), base.address);
    in.invoiceLanguage = ctx.value(QStringLiteral("invoice-language"), base.invoiceLanguage);
    in.taxId = ctx.value(QStringLiteral("tax-id"), base.taxId);
    in.notes = ctx.value(QStringLiteral("notes"), base.notes);
    return in;
}

OptionSpec idOption()
{
    return {QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("payer id"), true};
}

int runAdd(CommandContext& ctx)
{
    auto created = PayerService(ctx.db(), ctx.clock()).create(inputFrom(ctx, PayerInput{}));
    if (!created) {
        return ctx.failWith(created.error());
    }
    return ctx.emitDone(Tr::tr("Added payer %1 (%2).").arg(created->name, created->meta.id), payerJson(*created));
}

int runEdit(CommandContext& ctx)
{
    PayerService service(ctx.db(), ctx.clock());
    auto current = service.get(ctx.value(QStringLiteral("id")));
    if (!current) {
        return ctx.failWith(current.error());
    }
    const PayerInput base{current->name,  current->email, current->phone, current->address, current->invoiceLanguage,
                          current->taxId, current->notes};
    auto updated = service.edit(current->meta.id, inputFrom(ctx, base), current->meta.version);
    if (!updated) {
        return ctx.failWith(updated.error());
    }
    return ctx.emitObject(payerJson(*updated));
}

int runShow(CommandContext& ctx)
{
    auto p = PayerService(ctx.db(), ctx.clock()).get(ctx.value(QStringLiteral("id")));
    if (!p) {
        return ctx.failWith(p.error());
    }
    return ctx.emitObject(payerJson(*p));
}

int runList(CommandContext& ctx)
{
    PayerFilter filter;
    filter.text = ctx.value(QStringLiteral("search"));
    filter.includeArchived = ctx.has(QStringLiteral("all"));
    filter.archivedOnly = ctx.has(QStringLiteral("archived"));
    auto limit = ctx.integer(QStringLiteral("limit"), 1, 10000, 100);
    auto offset = ctx.integer(QStringLiteral("offset"), 0, 100000000, 0);
    if (!limit || !offset) {
        return ctx.failWith(!limit ? limit.error() : offset.error());
    }
    auto page = PayerService(ctx.db(), ctx.clock()).list(filter, {static_cast<int>(*offset), static_cast<int>(*limit)});
    if (!page) {
        return ctx.failWith(page.error());
    }
    QJsonArray rows;
    for (const Payer& p : page->items) {
        rows.append(payerJson(p));
    }
    return ctx.emitList(
        rows, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")},
        page->total);
}

int runArchive(CommandContext& ctx, bool archive)
{
    PayerService service(ctx.db(), ctx.clock());
    auto p =
        archive ? service.archive(ctx.value(QStringLiteral("id"))) : service.restore(ctx.value(QStringLiteral("id")));
    if (!p) {
        return ctx.failWith(p.error());
    }
    return ctx.emitDone(archive ? Tr::tr("Archived payer %1.").arg(p->name) : Tr::tr("Restored payer %1.").arg(p->name),
                        payerJson(*p));
}

} // namespace

void registerPayerCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("payer");
    registry.add(
        {noun, QStringLiteral("add"), Tr::tr("Add a payer (parent, guardian, company or the learner)"),
         fieldOptions(true), QString(),
         QStringLiteral(
             "  mentordesk-cli payer add --name \"Wang Fang\" --email wang@example.com --invoice-language zh_CN"),
         true, false, runAdd});
    QList<OptionSpec> editOptions = fieldOptions(false);
    editOptions.prepend(idOption());
    registry.add({noun, QStringLiteral("edit"), Tr::tr("Change a payer's details (only the options given)"),
                  editOptions, QString(),
                  QStringLiteral("  mentordesk-cli payer edit --id ID --phone \"+49 30 1234567\""), true, false,
                  runEdit});
    registry.add({noun,
                  QStringLiteral("show"),
                  Tr::tr("Show one payer"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli payer show --id ID"),
                  true,
                  false,
                  runShow});
    registry.add({noun,
                  QStringLiteral("list"),
                  Tr::tr("List payers"),
                  {{QStringLiteral("search"), QStringLiteral("TEXT"), Tr::tr("filter by name, e-mail or phone")},
                   {QStringLiteral("all"), QString(), Tr::tr("include archived payers")},
                   {QStringLiteral("archived"), QString(), Tr::tr("only archived payers")},
                   {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("rows per page (default 100)")},
                   {QStringLiteral("offset"), QStringLiteral("N"), Tr::tr("rows to skip")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli payer list --search wang"),
                  true,
                  false,
                  runList});
    registry.add({noun,
                  QStringLiteral("archive"),
                  Tr::tr("Archive a payer (kept, hidden from lists)"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli payer archive --id ID"),
                  true,
                  false,
                  [](CommandContext& ctx) { return runArchive(ctx, true); }});
    registry.add({noun,
                  QStringLiteral("restore"),
                  Tr::tr("Restore an archived payer"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli payer restore --id ID"),
                  true,
                  false,
                  [](CommandContext& ctx) { return runArchive(ctx, false); }});
}

} // namespace mentordesk::cli
