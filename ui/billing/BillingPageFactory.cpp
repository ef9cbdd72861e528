// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingPage.h"
#include "shell/PageFactories.h"

namespace mentordesk {

Page* createBillingPage(StudioSession& session, QWidget* parent)
{
    return new BillingPage(session, parent);
}

} // namespace mentordesk
