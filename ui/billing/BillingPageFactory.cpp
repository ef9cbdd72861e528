// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingPage.h"
#include "shell/PageFactories.h"

namespace mentordesk {

Page* createBillingPage(StudioSession& session, QWidget* parent)
{
    return new BillingPage(session, parent);
}

PageInfo billingPageInfo()
{
    return {QStringLiteral("billing"), &BillingPage::title, &BillingPage::icon, &createBillingPage};
}

} // namespace mentordesk
