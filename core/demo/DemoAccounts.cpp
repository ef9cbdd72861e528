// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoAccounts.h"

#include "people/MentorService.h"
#include "security/AccountService.h"
#include "storage/Transaction.h"

namespace mentordesk {

Result<QList<DemoLogin>> DemoAccounts::create(Database& db, const Clock& clock)
{
    auto tx = Transaction::begin(db);
    if (!tx) {
        return fail(tx.error());
    }
    AccountService accounts(db, clock);
    const QList<DemoLogin> logins = {
        {QStringLiteral("owner"), QStringLiteral("owner-demo"), QStringLiteral("owner")},
        {QStringLiteral("mentor1"), QStringLiteral("mentor1-demo"), QStringLiteral("mentor")},
        {QStringLiteral("mentor2"), QStringLiteral("mentor2-demo"), QStringLiteral("mentor")},
        {QStringLiteral("desk"), QStringLiteral("desk-demo"), QStringLiteral("front_desk")},
    };
    auto owner = accounts.createOwner(
        {logins[0].username, QStringLiteral("Studio Owner"), Role::Owner, std::nullopt, logins[0].password});
    if (!owner) {
        return fail(owner.error());
    }
    const Actor actor = AccountService::actorOf(*owner);
    auto mentors = MentorService(db, clock).list({}, {0, 2});
    if (!mentors) {
        return fail(mentors.error());
    }
    for (qsizetype i = 0; i < mentors->items.size(); ++i) {
        const Mentor& m = mentors->items[i];
        const DemoLogin& login = logins[1 + i];
        if (auto ok = accounts.add(actor, {login.username, m.name, Role::Mentor, m.meta.id, login.password}); !ok) {
            return fail(ok.error());
        }
    }
    if (auto ok = accounts.add(actor, {logins[3].username, QStringLiteral("Front Desk"), Role::FrontDesk, std::nullopt,
                                       logins[3].password});
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    QList<DemoLogin> made = {logins[0]};
    for (qsizetype i = 0; i < mentors->items.size(); ++i) {
        made << logins[1 + i];
    }
    made << logins[3];
    return made;
}

} // namespace mentordesk
