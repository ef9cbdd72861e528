// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarPageTexts.h"

#include <QCoreApplication>

namespace mentordesk {

QString CalendarPageTexts::rangeTitle(CalendarMode mode, const CalendarRange& range, const QLocale& locale)
{
    if (mode != CalendarMode::Week) {
        return locale.toString(range.first, QLocale::LongFormat);
    }
    // Why: QLocale has no "date range" format; translators give the patterns ("M月d日" in Chinese).
    const QString fromPattern =
        range.first.year() == range.last.year()
            ? QCoreApplication::translate("mentordesk::CalendarPage", "d MMM", "start of a week range")
            : QCoreApplication::translate("mentordesk::CalendarPage", "d MMM yyyy", "start of a week range");
    return QCoreApplication::translate("mentordesk::CalendarPage", "%1 – %2", "first – last day of the week")
        .arg(locale.toString(range.first, fromPattern),
             locale.toString(range.last, QCoreApplication::translate("mentordesk::CalendarPage", "d MMM yyyy",
                                                                     "end of a week range")));
}

QString CalendarPageTexts::emptyText(CalendarMode mode, bool hasColumns)
{
    if (!hasColumns) {
        return QCoreApplication::translate("mentordesk::CalendarPage",
                                           "No mentors yet — add a mentor on the Mentors page to plan lessons.");
    }
    return mode == CalendarMode::Week
               ? QCoreApplication::translate("mentordesk::CalendarPage",
                                             "No lessons this week — double-click a time to schedule one.")
               : QCoreApplication::translate("mentordesk::CalendarPage",
                                             "No lessons on this day — double-click a time to schedule one.");
}

QString CalendarPageTexts::hint(CalendarMode mode, bool dense)
{
    if (!dense) {
        return QCoreApplication::translate("mentordesk::CalendarPage",
                                           "Double-click a free time to schedule; double-click a lesson to record it.");
    }
    // Why: as short as the standing tip, so the legend row does not widen the window at 1366×768.
    return mode == CalendarMode::Week ? QCoreApplication::translate(
                                            "mentordesk::CalendarPage",
                                            "Too many lessons side by side: double-click a summary or choose a mentor.")
                                      : QCoreApplication::translate("mentordesk::CalendarPage",
                                                                    "Too many lessons side by side: choose a mentor.");
}

} // namespace mentordesk
