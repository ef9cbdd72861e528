// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the page lands: the sidebar skips pages whose factory returns nullptr.
#include "shell/PageFactories.h"

#include <QtGlobal>

namespace mentordesk {

Page* createReportsPage(StudioSession& session, QWidget* parent)
{
    Q_UNUSED(session);
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace mentordesk
