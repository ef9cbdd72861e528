// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Argon2id cost parameters. The floor is OWASP's minimum for Argon2id (19 MiB, two passes); the
/// defaults are above it. Both travel inside every hash (PHC string), so raising the defaults later
/// upgrades each account on its next successful login.
struct PasswordCost
{
    quint64 opsLimit = 3;                 ///< Argon2 passes (t).
    quint64 memLimitBytes = 64ULL << 20U; ///< Memory in bytes (m).

    [[nodiscard]] static PasswordCost defaults() { return {}; }
    /// OWASP's floor: m = 19 MiB, t = 2 (p = 1, which libsodium always uses).
    [[nodiscard]] static PasswordCost floor() { return {2, 19ULL << 20U}; }
};

/// Argon2id password hashing through libsodium (crypto_pwhash_str*): the output is a PHC string such
/// as "$argon2id$v=19$m=65536,t=3,p=1$salt$hash" that carries its own salt and parameters.
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    /// `cost` below the floor is raised to the floor.
    explicit PasswordHasher(PasswordCost cost = PasswordCost::defaults());

    /// Hashes `password` (Invalid "password" when it is shorter than minimumLength() characters).
    [[nodiscard]] Result<QString> hash(const QString& password) const;
    /// True when `password` matches the PHC string `phc` (false for a malformed string).
    [[nodiscard]] static bool verify(const QString& phc, const QString& password);
    /// True when `phc` was made with other parameters than this hasher's (or is not Argon2id).
    [[nodiscard]] bool needsRehash(const QString& phc) const;
    /// The parameters `phc` was made with ({0, 0} when it is not an Argon2id PHC string).
    [[nodiscard]] static PasswordCost costOf(const QString& phc);

    [[nodiscard]] PasswordCost cost() const { return m_cost; }
    [[nodiscard]] static constexpr int minimumLength() { return 8; }

private:
    PasswordCost m_cost;
};

} // namespace mentordesk
