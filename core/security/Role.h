// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace mentordesk {

/// What an account may do in the studio (docs/security.md, "Roles").
enum class Role
{
    Owner,     ///< Everything.
    Mentor,    ///< Their own learners, lessons, notes and feedback; no studio-wide money.
    FrontDesk, ///< Schedules lessons, records attendance and payments, sees invoices; no notes or assessments.
};

/// Stable storage/CLI name ("owner", "mentor", "front_desk").
[[nodiscard]] QString roleKey(Role role);
/// Parses a storage/CLI name; nullopt for anything else.
[[nodiscard]] std::optional<Role> roleFromKey(const QString& key);
/// The translated name shown to users.
[[nodiscard]] QString roleLabel(Role role);

} // namespace mentordesk
