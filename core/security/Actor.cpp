// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Actor.h"

namespace mentordesk {

Actor Actor::localOwner()
{
    return {QString(), QStringLiteral("local"), Role::Owner, std::nullopt};
}

Actor Actor::nobody()
{
    return {QString(), QString(), Role::FrontDesk, std::nullopt, false};
}

Ownership Actor::ownershipOf(const std::optional<Id>& recordMentorId) const
{
    if (!recordMentorId || recordMentorId->isEmpty()) {
        return Ownership::Studio;
    }
    return mentorId && *mentorId == *recordMentorId ? Ownership::Own : Ownership::Other;
}

} // namespace mentordesk
