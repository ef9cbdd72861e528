// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarPage.h"
#include "shell/PageFactories.h"

namespace mentordesk {

Page* createCalendarPage(StudioSession& session, QWidget* parent)
{
    return new CalendarPage(session, parent);
}

PageInfo calendarPageInfo()
{
    return {QStringLiteral("calendar"), &CalendarPage::title, &CalendarPage::icon, &createCalendarPage};
}

} // namespace mentordesk
