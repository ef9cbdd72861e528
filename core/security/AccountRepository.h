// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Account.h"

#include <QList>
#include <optional>

namespace mentordesk {

class Database;

/// SQL of the `accounts` table and the "security.login" meta key.
class AccountRepository final
{
public:
    explicit AccountRepository(Database& db)
        : m_db(db)
    {}

    [[nodiscard]] Result<void> insert(const Account& account);
    [[nodiscard]] Result<std::optional<Account>> findByUsername(const QString& username);
    [[nodiscard]] Result<std::optional<Account>> findById(const Id& id);
    /// Live accounts ordered by username.
    [[nodiscard]] Result<QList<Account>> list();
    [[nodiscard]] Result<qint64> countLive();
    [[nodiscard]] Result<qint64> countOwners();
    /// Stores password hash, role, display name and the must-change flag; bumps the version.
    [[nodiscard]] Result<void> update(const Account& account, const QDateTime& nowUtc);
    /// Stores the throttling state and last login without bumping the version (local state).
    [[nodiscard]] Result<void> updateLoginState(const Account& account);

    [[nodiscard]] Result<bool> loginRequired();
    [[nodiscard]] Result<void> setLoginRequired(bool required);

private:
    Database& m_db;
};

} // namespace mentordesk
