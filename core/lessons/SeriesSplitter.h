// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/Conflict.h"
#include "lessons/LessonSeries.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// "Edit this and following" for a series (see LessonSeriesService::editThisAndFollowing): ends the old
/// series before the chosen occurrence and continues with a new series carrying the changes.
class SeriesSplitter final
{
    Q_DECLARE_TR_FUNCTIONS(SeriesSplitter)

public:
    SeriesSplitter(Database& db, const Clock& clock);

    /// Field keys: "from_lesson", "start_time", "weekday", "minutes", "every", "until", "count", "mentor".
    [[nodiscard]] Result<SeriesSchedule> split(const SeriesEditInput& input, QList<Conflict>* conflicts);

private:
    [[nodiscard]] static Result<void> validate(const SeriesEditInput& input);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
