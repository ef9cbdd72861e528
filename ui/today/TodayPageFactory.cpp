// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PageFactories.h"
#include "today/TodayPage.h"

namespace mentordesk {

Page* createTodayPage(StudioSession& session, QWidget* parent)
{
    return new TodayPage(session, parent);
}

PageInfo todayPageInfo()
{
    return {QStringLiteral("today"), &TodayPage::title, &TodayPage::icon, &createTodayPage};
}

} // namespace mentordesk
