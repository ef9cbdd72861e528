// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Actor.h"

#include <QCoreApplication>

namespace mentordesk {

/// The check every service call makes before it acts: deny by default, through PermissionPolicy.
class Access final
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    /// Ok when `actor` may do `action` on a record of `ownership`; otherwise Refused with field
    /// "permission" and a message naming the role and the action.
    [[nodiscard]] static Result<void> require(const Actor& actor, Action action, Ownership ownership);
};

} // namespace mentordesk
