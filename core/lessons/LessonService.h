// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "lessons/Conflict.h"
#include "lessons/Lesson.h"
#include "lessons/LessonSeries.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for lessons: scheduling one-off lessons, reading them, and (forwarded to
/// LessonSeriesService and LessonRecordingService) recurring series and attendance. Each call validates
/// its input and runs in one transaction. Start times are given as wall-clock times in the studio time
/// zone and stored in UTC.
///
/// Scheduling calls take an optional `conflicts` list: it receives every clash found (also when the
/// lesson was stored because `allowConflicts` was set). Without `allowConflicts` a clash refuses the
/// call with ErrorCode::Conflict and nothing is written.
class LessonService final
{
    Q_DECLARE_TR_FUNCTIONS(LessonService)

public:
    LessonService(Database& db, const Clock& clock);

    /// Schedules a one-off (or group) lesson.
    [[nodiscard]] Result<Lesson> create(const LessonInput& input, QList<Conflict>* conflicts = nullptr);
    /// Moves a scheduled lesson (optionally changing its length or mentor). A series occurrence keeps its
    /// series and simply has its own time from then on. Refused once the lesson was held or cancelled.
    [[nodiscard]] Result<Lesson> reschedule(const Id& lessonId, const RescheduleInput& input,
                                            QList<Conflict>* conflicts = nullptr);
    /// Dry run: the clashes a lesson of `mentorId` at `start` for `plannedMinutes` would have.
    [[nodiscard]] Result<QList<Conflict>> checkConflicts(const QString& mentorId, const LocalDateTime& start,
                                                         int plannedMinutes, const QStringList& enrollmentIds);
    /// The lesson with its attendees, or NotFound.
    [[nodiscard]] Result<Lesson> get(const Id& id);
    [[nodiscard]] Result<Page<Lesson>> list(const LessonFilter& filter, PageRequest page = {});

    /// See LessonSeriesService.
    [[nodiscard]] Result<SeriesSchedule> createSeries(const LessonSeriesInput& input,
                                                      QList<Conflict>* conflicts = nullptr);
    [[nodiscard]] Result<SeriesSchedule> editThisAndFollowing(const SeriesEditInput& input,
                                                              QList<Conflict>* conflicts = nullptr);
    [[nodiscard]] Result<SeriesSchedule> cancelSeriesFrom(const Id& seriesId, const QDate& fromLocalDate);
    [[nodiscard]] Result<SeriesSchedule> addSkippedDate(const Id& seriesId, const QDate& localDate);
    [[nodiscard]] Result<SeriesSchedule> removeSkippedDate(const Id& seriesId, const QDate& localDate,
                                                           bool allowConflicts = false,
                                                           QList<Conflict>* conflicts = nullptr);
    [[nodiscard]] Result<LessonSeries> getSeries(const Id& seriesId);

    /// See LessonRecordingService.
    [[nodiscard]] Result<Lesson> complete(const Id& lessonId, const CompletionInput& input = {});
    [[nodiscard]] Result<Lesson> cancel(const Id& lessonId, CancelledBy by, bool late = false);
    [[nodiscard]] Result<Lesson> markNoShow(const Id& lessonId);
    [[nodiscard]] Result<Lesson> setAttendeeStatus(const Id& lessonId, const Id& learnerId,
                                                   std::optional<LessonStatus> status);
    [[nodiscard]] Result<Lesson> editNotes(const Id& lessonId, const std::optional<QString>& notes,
                                           const std::optional<QString>& homework);

private:
    friend class LessonRecordingService;
    /// The lesson as stored (notes included), without a permission check: for guarded callers.
    [[nodiscard]] Result<Lesson> load(const Id& id);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
