// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Action.h"
#include "security/Role.h"

#include <optional>

namespace mentordesk {

/// How far a role's permission for an action reaches.
enum class Scope
{
    None, ///< Denied.
    Own,  ///< Allowed on records that belong to the actor (Ownership::Own) only.
    All,  ///< Allowed on every record.
};

/// A role's scope for one action.
struct PermissionRule
{
    Scope owner = Scope::None;
    Scope mentor = Scope::None;
    Scope frontDesk = Scope::None;

    [[nodiscard]] Scope scopeOf(Role role) const;
};

/// The studio's permission matrix (docs/security.md). Deny by default: an action without a rule, or a
/// scope that does not reach the record's ownership, is refused.
class PermissionPolicy final
{
public:
    /// The rule for `action`; nullopt when the action has none (a bug the matrix test catches).
    [[nodiscard]] static std::optional<PermissionRule> rule(Action action);
    /// True when `role` may do `action` on a record of `ownership`.
    [[nodiscard]] static bool allows(Role role, Action action, Ownership ownership);
};

} // namespace mentordesk
