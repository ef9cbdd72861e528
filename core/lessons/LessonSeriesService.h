// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/Conflict.h"
#include "lessons/LessonSeries.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for recurring weekly series. Occurrences are materialised as lessons carrying the series id,
/// all in one transaction; every occurrence is conflict-checked and all clashes are reported together.
/// Held and cancelled lessons are never changed by series edits: only scheduled ones are removed or
/// regenerated.
class LessonSeriesService final
{
    Q_DECLARE_TR_FUNCTIONS(LessonSeriesService)

public:
    LessonSeriesService(Database& db, const Clock& clock);

    /// Creates the series and its lessons. Exactly one of untilDate / count must be given.
    [[nodiscard]] Result<SeriesSchedule> create(const LessonSeriesInput& input, QList<Conflict>* conflicts = nullptr);
    /// "This and following": the series is ended the day before `fromLessonId`'s date, a new series with
    /// the changes starts there (on the first day with the wanted weekday), the old series' scheduled lessons
    /// from that date on are tombstoned and the new series' lessons created for the same attendees. Dates
    /// where a held or cancelled lesson of the old series remains are skipped in the new series.
    [[nodiscard]] Result<SeriesSchedule> editThisAndFollowing(const SeriesEditInput& input,
                                                              QList<Conflict>* conflicts = nullptr);
    /// Ends the series before `fromLocalDate` and tombstones its scheduled lessons from that date on.
    [[nodiscard]] Result<SeriesSchedule> cancelFrom(const Id& seriesId, const QDate& fromLocalDate);
    /// Leaves one date of the series out; its scheduled lesson is tombstoned (refused when that lesson was
    /// already held or cancelled).
    [[nodiscard]] Result<SeriesSchedule> addSkippedDate(const Id& seriesId, const QDate& localDate);
    /// Puts a skipped date back and creates its lesson (for the attendees of the series' latest lesson).
    [[nodiscard]] Result<SeriesSchedule> removeSkippedDate(const Id& seriesId, const QDate& localDate,
                                                           bool allowConflicts = false,
                                                           QList<Conflict>* conflicts = nullptr);
    /// The series, or NotFound.
    [[nodiscard]] Result<LessonSeries> get(const Id& seriesId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
