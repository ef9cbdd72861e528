// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CoursesPage.h"
#include "shell/PageFactories.h"

namespace mentordesk {

Page* createCoursesPage(StudioSession& session, QWidget* parent)
{
    return new CoursesPage(session, parent);
}

PageInfo coursesPageInfo()
{
    return {QStringLiteral("courses"), &CoursesPage::title, &CoursesPage::icon, &createCoursesPage};
}

} // namespace mentordesk
