// SPDX-License-Identifier: GPL-3.0-or-later
// `account owner|add|list|role|reset|passwd|login`, `audit verify|list`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "security/AccountRepository.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecurityCommands)
};

QList<OptionSpec> passwordOptions()
{
    return {
        {QStringLiteral("password-env"), QStringLiteral("VAR"),
         Tr::tr("read the new password from environment variable VAR (default MENTORDESK_NEW_PASSWORD)")},
        {QStringLiteral("password-stdin"), QString(), Tr::tr("read the new password from the first line of stdin")}};
}

QString newPassword(CommandContext& ctx)
{
    if (ctx.has(QStringLiteral("password-stdin"))) {
        return ctx.in().readLine();
    }
    return QProcessEnvironment::systemEnvironment().value(
        ctx.value(QStringLiteral("password-env"), QStringLiteral("MENTORDESK_NEW_PASSWORD")));
}

QJsonObject accountJson(const Account& a)
{
    return {{QStringLiteral("id"), a.meta.id},
            {QStringLiteral("username"), a.username},
            {QStringLiteral("name"), a.displayName},
            {QStringLiteral("role"), roleKey(a.role)},
            {QStringLiteral("mentor_id"), a.mentorId.value_or(QString())},
            {QStringLiteral("must_change_password"), a.mustChangePassword},
            {QStringLiteral("last_login_at"), a.lastLoginAt.isValid() ? toSqlTime(a.lastLoginAt) : QString()}};
}

Result<Role> roleOption(CommandContext& ctx)
{
    const auto role = roleFromKey(ctx.value(QStringLiteral("role")));
    if (!role) {
        return fail(Error::invalid(QStringLiteral("role"), Tr::tr("--role is owner, mentor or front_desk.")));
    }
    return *role;
}

Result<Account> accountNamed(CommandContext& ctx)
{
    auto found = AccountRepository(ctx.db()).findByUsername(ctx.value(QStringLiteral("username")));
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(
            Error::notFound(Tr::tr("There is no account named “%1”.").arg(ctx.value(QStringLiteral("username")))));
    }
    return **found;
}

int runOwner(CommandContext& ctx)
{
    auto created = AccountService(ctx.db(), ctx.clock())
                       .createOwner({ctx.value(QStringLiteral("username")), ctx.value(QStringLiteral("name")),
                                     Role::Owner, std::nullopt, newPassword(ctx)});
    if (!created) {
        return ctx.failWith(created.error());
    }
    return ctx.emitDone(
        Tr::tr("Created the owner account %1; this studio now asks for a login.").arg(created->username),
        accountJson(*created));
}

int runAdd(CommandContext& ctx)
{
    auto role = roleOption(ctx);
    if (!role) {
        return ctx.failWith(role.error());
    }
    const QString mentor = ctx.value(QStringLiteral("mentor"));
    auto created =
        AccountService(ctx.db(), ctx.clock())
            .add(ctx.actor(), {ctx.value(QStringLiteral("username")), ctx.value(QStringLiteral("name")), *role,
                               mentor.isEmpty() ? std::nullopt : std::optional<Id>(mentor), newPassword(ctx)});
    if (!created) {
        return ctx.failWith(created.error());
    }
    return ctx.emitDone(Tr::tr("Added the %1 account %2.").arg(roleLabel(created->role), created->username),
                        accountJson(*created));
}

int runList(CommandContext& ctx)
{
    auto accounts = AccountService(ctx.db(), ctx.clock()).list(ctx.actor());
    if (!accounts) {
        return ctx.failWith(accounts.error());
    }
    QJsonArray rows;
    for (const Account& a : *accounts) {
        rows.append(accountJson(a));
    }
    return ctx.emitList(rows, {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
                               QStringLiteral("last_login_at")});
}

int runRole(CommandContext& ctx)
{
    auto role = roleOption(ctx);
    auto account = accountNamed(ctx);
    if (!role || !account) {
        return ctx.failWith(!role ? role.error() : account.error());
    }
    if (auto ok = AccountService(ctx.db(), ctx.clock()).setRole(ctx.actor(), account->meta.id, *role); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(Tr::tr("%1 is now %2.").arg(account->username, roleLabel(*role)));
}

int runReset(CommandContext& ctx)
{
    auto account = accountNamed(ctx);
    if (!account) {
        return ctx.failWith(account.error());
    }
    if (auto ok = AccountService(ctx.db(), ctx.clock()).resetPassword(ctx.actor(), account->meta.id, newPassword(ctx));
        !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(
        Tr::tr("Set a temporary password for %1; it must be changed at the next login.").arg(account->username));
}

int runPasswd(CommandContext& ctx)
{
    const QString current = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MENTORDESK_PASSWORD"));
    if (auto ok = AccountService(ctx.db(), ctx.clock()).changePassword(ctx.actor(), current, newPassword(ctx)); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(Tr::tr("Changed the password of %1.").arg(ctx.actor().username));
}

int runLogin(CommandContext& ctx)
{
    const bool on = ctx.has(QStringLiteral("on"));
    if (on == ctx.has(QStringLiteral("off"))) {
        return ctx.usageError(Tr::tr("give exactly one of --on and --off"));
    }
    if (auto ok = AccountService(ctx.db(), ctx.clock()).setLoginRequired(ctx.actor(), on); !ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(on ? Tr::tr("This studio now asks for a login.")
                           : Tr::tr("This studio no longer asks for a login on this computer."),
                        {{QStringLiteral("login"), on}});
}

int runVerify(CommandContext& ctx)
{
    auto verified = AuditLog(ctx.db(), ctx.clock()).verify();
    if (!verified) {
        return ctx.failWith(verified.error());
    }
    if (!verified->intact()) {
        return ctx.failWith(Error::conflict(
            Tr::tr("The audit log is broken at entry %1: %2").arg(verified->broken->seq).arg(verified->broken->reason),
            QStringLiteral("audit_log")));
    }
    return ctx.emitDone(
        Tr::tr("The audit log is intact: %n entry(ies) checked.", nullptr, static_cast<int>(verified->entries)),
        {{QStringLiteral("intact"), true}, {QStringLiteral("entries"), verified->entries}});
}

int runAuditList(CommandContext& ctx)
{
    AuditFilter filter;
    filter.actor = ctx.value(QStringLiteral("actor"));
    filter.actionPrefix = ctx.value(QStringLiteral("action"));
    filter.entity = ctx.value(QStringLiteral("entity"));
    auto limit = ctx.integer(QStringLiteral("limit"), 1, 10000, 50);
    if (!limit) {
        return ctx.failWith(limit.error());
    }
    filter.limit = static_cast<int>(*limit);
    auto entries = AuditLog(ctx.db(), ctx.clock()).browse(ctx.actor(), filter);
    if (!entries) {
        return ctx.failWith(entries.error());
    }
    QJsonArray rows;
    for (const AuditEntry& e : *entries) {
        rows.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                {QStringLiteral("at"), toSqlTime(e.at)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("entity"), e.entity},
                                {QStringLiteral("entity_id"), e.entityId},
                                {QStringLiteral("details"), e.details},
                                {QStringLiteral("hash"), e.hash}});
    }
    return ctx.emitList(rows, {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("actor"),
                               QStringLiteral("action"), QStringLiteral("entity_id"), QStringLiteral("details")});
}

} // namespace

void registerSecurityCommands(CommandRegistry& registry)
{
    const QString account = QStringLiteral("account");
    const OptionSpec username{QStringLiteral("username"), QStringLiteral("NAME"), Tr::tr("login name"), true};
    QList<OptionSpec> owner = {username, {QStringLiteral("name"), QStringLiteral("TEXT"), Tr::tr("display name")}};
    owner += passwordOptions();
    registry.add({account, QStringLiteral("owner"),
                  Tr::tr("Create the studio's first account, its owner, and turn the login on"), owner, QString(),
                  QStringLiteral("  MENTORDESK_NEW_PASSWORD=… mentordesk-cli account owner --username olivia"), true,
                  false, runOwner});
    QList<OptionSpec> add = {
        username,
        {QStringLiteral("name"), QStringLiteral("TEXT"), Tr::tr("display name")},
        {QStringLiteral("role"), QStringLiteral("ROLE"), Tr::tr("owner, mentor or front_desk"), true},
        {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("the mentor record (mentor role)")}};
    add += passwordOptions();
    registry.add({account, QStringLiteral("add"), Tr::tr("Add an account (owner only)"), add, QString(),
                  QStringLiteral("  mentordesk-cli --user olivia account add --username desk --role front_desk "
                                 "--password-stdin"),
                  true, false, runAdd});
    registry.add({account,
                  QStringLiteral("list"),
                  Tr::tr("List the accounts (owner only)"),
                  {},
                  QString(),
                  QStringLiteral("  mentordesk-cli --user olivia account list"),
                  true,
                  false,
                  runList});
    registry.add(
        {account,
         QStringLiteral("role"),
         Tr::tr("Change an account's role (owner only; audited)"),
         {username, {QStringLiteral("role"), QStringLiteral("ROLE"), Tr::tr("owner, mentor or front_desk"), true}},
         QString(),
         QStringLiteral("  mentordesk-cli --user olivia account role --username desk --role owner"),
         true,
         false,
         runRole});
    QList<OptionSpec> reset = {username};
    reset += passwordOptions();
    registry.add({account, QStringLiteral("reset"),
                  Tr::tr("Set a temporary password that must be changed at the next login (owner only)"), reset,
                  QString(),
                  QStringLiteral("  mentordesk-cli --user olivia account reset --username desk --password-stdin"), true,
                  false, runReset});
    registry.add({account, QStringLiteral("passwd"),
                  Tr::tr("Change your own password (current one in $MENTORDESK_PASSWORD)"), passwordOptions(),
                  QString(),
                  QStringLiteral("  MENTORDESK_PASSWORD=old MENTORDESK_NEW_PASSWORD=new mentordesk-cli --user desk "
                                 "account passwd"),
                  true, false, runPasswd});
    registry.add({account,
                  QStringLiteral("login"),
                  Tr::tr("Turn the studio's login on or off (owner only)"),
                  {{QStringLiteral("on"), QString(), Tr::tr("ask for a login")},
                   {QStringLiteral("off"), QString(), Tr::tr("no login on this computer")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli --user olivia account login --off"),
                  true,
                  false,
                  runLogin});

    const QString audit = QStringLiteral("audit");
    registry.add({audit,
                  QStringLiteral("verify"),
                  Tr::tr("Check the audit log's hash chain and say where it breaks"),
                  {},
                  QString(),
                  QStringLiteral("  mentordesk-cli audit verify"),
                  true,
                  false,
                  runVerify});
    registry.add({audit,
                  QStringLiteral("list"),
                  Tr::tr("Browse the audit log, newest first (owner only)"),
                  {{QStringLiteral("actor"), QStringLiteral("NAME"), Tr::tr("only this account's entries")},
                   {QStringLiteral("action"), QStringLiteral("PREFIX"), Tr::tr("only actions starting with PREFIX")},
                   {QStringLiteral("entity"), QStringLiteral("KIND"), Tr::tr("only this kind of record")},
                   {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("at most N entries (default 50)")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli audit list --action invoice."),
                  true,
                  false,
                  runAuditList});
}

} // namespace mentordesk::cli
