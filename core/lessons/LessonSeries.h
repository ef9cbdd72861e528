// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "lessons/Lesson.h"

#include <QDate>
#include <QList>
#include <optional>

namespace mentordesk {

/// A weekly recurrence rule. Its occurrences are stored as ordinary lessons carrying `series_id`.
struct LessonSeries
{
    RecordMeta meta;
    Id mentorId;
    QDateTime firstStartsAt; ///< UTC start of the first occurrence
    int plannedMinutes = 60;
    int intervalWeeks = 1;              ///< 1–52
    QDate untilDate;                    ///< last possible local date (inclusive); invalid = none
    std::optional<int> occurrenceCount; ///< number of pattern dates (before skipped dates are removed)
    QList<QDate> skippedDates;          ///< local dates left out, sorted
    QString timeZone;                   ///< IANA id the wall-clock time of the rule is kept in
};

/// What a user gives to create a series. Exactly one of `untilDate` and `count` must be set.
struct LessonSeriesInput
{
    Id mentorId;
    QStringList enrollmentIds;
    LocalDateTime firstStart; ///< studio time zone
    int plannedMinutes = 60;
    int intervalWeeks = 1;
    QDate untilDate;
    std::optional<int> count;
    QList<QDate> skippedDates;
    QString location;
    bool billable = true;
    bool allowConflicts = false;
};

/// "This and following": changes for one occurrence and every later one. Unset fields keep the
/// series' values; when neither `untilDate` nor `count` is set, the old end rule continues.
struct SeriesEditInput
{
    Id fromLessonId;
    std::optional<QTime> startTime; ///< new local time of day
    std::optional<int> weekday;     ///< 1 = Monday … 7 = Sunday
    std::optional<int> plannedMinutes;
    std::optional<int> intervalWeeks;
    std::optional<Id> mentorId;
    QDate untilDate;
    std::optional<int> count;
    bool allowConflicts = false;
};

/// A series with the lessons a use case just created for it.
struct SeriesSchedule
{
    LessonSeries series;
    QList<Lesson> lessons;  ///< created lessons, in time order
    int removedLessons = 0; ///< scheduled lessons that were tombstoned
};

} // namespace mentordesk
