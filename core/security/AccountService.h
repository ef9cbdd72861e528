// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Account.h"
#include "security/Actor.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QList>

namespace mentordesk {

class Clock;
class Database;

/// Accounts, login and passwords (docs/security.md). Role and account changes are audited in the same
/// transaction. Failed logins are throttled per account: from the fifth failure in a row the account
/// waits 30 s, doubling with each further failure up to 15 minutes.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(Database& db, const Clock& clock, PasswordHasher hasher = PasswordHasher());

    /// The studio's first account: an owner, created while no account exists (Refused otherwise).
    /// Turns login on.
    [[nodiscard]] Result<Account> createOwner(const AccountInput& input);
    /// A further account (owner only). A mentor account must name a live mentor record.
    [[nodiscard]] Result<Account> add(const Actor& actor, const AccountInput& input);
    /// Checks a username and password. "Wrong username or password" (Refused, field "password") for
    /// either mistake; Refused with the waiting time while throttled. Rehashes a password made with
    /// older parameters.
    [[nodiscard]] Result<Actor> login(const QString& username, const QString& password);
    /// The actor's own password (the current one is checked).
    [[nodiscard]] Result<void> changePassword(const Actor& actor, const QString& current, const QString& next);
    /// Owner sets a temporary password for another account; it must be changed at the next login.
    [[nodiscard]] Result<void> resetPassword(const Actor& actor, const Id& accountId, const QString& temporary);
    /// Owner changes an account's role; the last owner cannot be demoted.
    [[nodiscard]] Result<void> setRole(const Actor& actor, const Id& accountId, Role role);
    [[nodiscard]] Result<QList<Account>> list(const Actor& actor);

    [[nodiscard]] Result<bool> loginRequired();
    /// Owner turns the login on or off for this studio (needs an owner account to turn it on).
    [[nodiscard]] Result<void> setLoginRequired(const Actor& actor, bool required);

    /// The actor an account acts as.
    [[nodiscard]] static Actor actorOf(const Account& account);
    static constexpr int kFreeAttempts = 4;

private:
    [[nodiscard]] Result<Account> insertAccount(const Actor& actor, const AccountInput& input);
    [[nodiscard]] Result<Account> requireAccount(const Id& id);

    Database& m_db;
    const Clock& m_clock;
    PasswordHasher m_hasher;
};

} // namespace mentordesk
