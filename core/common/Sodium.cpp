// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Sodium.h"

#include <sodium.h>

namespace mentordesk {

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace mentordesk
