// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "security/Role.h"

#include <QDateTime>
#include <optional>

namespace mentordesk {

/// A login of the studio.
struct Account
{
    RecordMeta meta;
    QString username;
    QString displayName;
    Role role = Role::Mentor;
    std::optional<Id> mentorId;
    QString passwordHash;  ///< Argon2id PHC string.
    int failedLogins = 0;  ///< Failures since the last successful login.
    QDateTime lockedUntil; ///< UTC; invalid when not throttled.
    bool mustChangePassword = false;
    QDateTime lastLoginAt; ///< UTC
};

/// What creating an account takes.
struct AccountInput
{
    QString username;
    QString displayName;
    Role role = Role::Mentor;
    std::optional<Id> mentorId;
    QString password;
};

} // namespace mentordesk
