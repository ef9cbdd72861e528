// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Role.h"

#include <QCoreApplication>

namespace mentordesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Mentor:
        return QStringLiteral("mentor");
    case Role::FrontDesk:
        return QStringLiteral("front_desk");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : {Role::Owner, Role::Mentor, Role::FrontDesk}) {
        if (roleKey(r) == key) {
            return r;
        }
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("Role", "Owner");
    case Role::Mentor:
        return QCoreApplication::translate("Role", "Mentor");
    case Role::FrontDesk:
        return QCoreApplication::translate("Role", "Front desk");
    }
    return {};
}

} // namespace mentordesk
