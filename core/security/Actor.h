// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "security/Action.h"
#include "security/Role.h"

#include <optional>

namespace mentordesk {

/// The account a service acts for. With login off (a solo mentor's own computer), the one person at
/// the keyboard is the studio's owner: Actor::localOwner().
struct Actor
{
    Id accountId;     ///< Empty for localOwner().
    QString username; ///< "local" for localOwner().
    Role role = Role::Owner;
    std::optional<Id> mentorId; ///< The mentor record this account is, if any.
    bool signedIn = true;       ///< False for nobody(): every action is refused.

    [[nodiscard]] static Actor localOwner();
    /// No one is logged in yet (a studio with login on, before the login): every action is refused.
    [[nodiscard]] static Actor nobody();

    /// Own when `recordMentorId` is this actor's mentor, Other when it is another mentor's, Studio
    /// when the record belongs to no mentor.
    [[nodiscard]] Ownership ownershipOf(const std::optional<Id>& recordMentorId) const;
};

} // namespace mentordesk
