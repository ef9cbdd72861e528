// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliLogin.h"

#include "CommandContext.h"
#include "security/AccountService.h"
#include "storage/Database.h"

namespace mentordesk::cli {

Result<void> CliLogin::authenticate(CommandContext& ctx, const QString& user, const QProcessEnvironment& env)
{
    AccountService accounts(ctx.db(), ctx.clock());
    auto required = accounts.loginRequired();
    if (!required) {
        return fail(required.error());
    }
    if (!*required) {
        ctx.setActor(Actor::localOwner());
        ctx.db().setActor(Actor::localOwner());
        return {};
    }
    if (user.isEmpty()) {
        return fail(Error{ErrorCode::Refused, QStringLiteral("user"),
                          tr("This studio asks for a login: pass --user NAME (the password comes from "
                             "$MENTORDESK_PASSWORD or the first line of stdin).")});
    }
    QString password = env.value(QStringLiteral("MENTORDESK_PASSWORD"));
    if (password.isEmpty()) {
        if (!ctx.json()) {
            ctx.err() << tr("Password for %1: ").arg(user);
            ctx.err().flush();
        }
        password = ctx.in().readLine();
    }
    auto actor = accounts.login(user, password);
    if (!actor) {
        return fail(actor.error());
    }
    ctx.setActor(*actor);
    ctx.db().setActor(*actor); // every service call of the command now obeys this account's role
    return {};
}

} // namespace mentordesk::cli
