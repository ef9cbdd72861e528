// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CommandRegistry.h"

#include <QtGlobal>

namespace mentordesk::cli {

void registerLessonCommands(CommandRegistry& registry)
{
    Q_UNUSED(registry);
}

} // namespace mentordesk::cli
