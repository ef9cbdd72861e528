// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Access.h"

#include "security/PermissionPolicy.h"

namespace mentordesk {

Result<void> Access::require(const Actor& actor, Action action, Ownership ownership)
{
    if (!actor.signedIn) {
        return fail(Error{ErrorCode::Refused, QStringLiteral("permission"),
                          tr("This studio asks for a login: log in before “%1”.").arg(actionKey(action))});
    }
    if (PermissionPolicy::allows(actor.role, action, ownership)) {
        return {};
    }
    const QString message = ownership == Ownership::Other
                                ? tr("A %1 account may not do “%2” on another mentor's records.")
                                      .arg(roleLabel(actor.role), actionKey(action))
                                : tr("A %1 account may not do “%2”.").arg(roleLabel(actor.role), actionKey(action));
    return fail(Error{ErrorCode::Refused, QStringLiteral("permission"), message});
}

} // namespace mentordesk
