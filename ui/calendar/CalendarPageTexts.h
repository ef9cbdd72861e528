// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/CalendarLoader.h"

#include <QLocale>
#include <QString>

namespace mentordesk {

/// The changing texts of the Calendar page: the range title, the empty-grid message and the hint next to
/// the legend. Translated in the "mentordesk::CalendarPage" context (where these strings were before).
class CalendarPageTexts final
{
public:
    /// "16 Nov – 22 Nov 2026" (week) or the long date (day).
    [[nodiscard]] static QString rangeTitle(CalendarMode mode, const CalendarRange& range, const QLocale& locale);
    /// What an empty grid says: no mentors yet, or no lessons this week/day.
    [[nodiscard]] static QString emptyText(CalendarMode mode, bool hasColumns);
    /// How to schedule and record; when some lessons are summarised (`dense`), how to see each of them.
    [[nodiscard]] static QString hint(CalendarMode mode, bool dense);
};

} // namespace mentordesk
