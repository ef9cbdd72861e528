// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsPage.h"
#include "shell/PageFactories.h"

namespace mentordesk {

Page* createReportsPage(StudioSession& session, QWidget* parent)
{
    return new ReportsPage(session, parent);
}

PageInfo reportsPageInfo()
{
    return {QStringLiteral("reports"), &ReportsPage::title, &ReportsPage::icon, &createReportsPage};
}

} // namespace mentordesk
