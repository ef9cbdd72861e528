// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "lessons/LessonStatus.h"
#include "lessons/LocalDateTime.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace mentordesk {

/// One learner taking part in a lesson, through one of their enrollments.
struct Attendee
{
    RecordMeta meta;
    Id lessonId;
    Id enrollmentId;
    Id learnerId;                       ///< copied from the enrollment
    std::optional<LessonStatus> status; ///< per-attendee status in group lessons; nullopt = same as the lesson
    QString learnerName;                ///< read-only, filled on reads
};

/// One scheduled or held meeting of a mentor with one or more learners.
struct Lesson
{
    RecordMeta meta;
    Id mentorId;
    std::optional<Id> seriesId;       ///< set for occurrences of a recurring series
    QDateTime startsAt;               ///< UTC
    int plannedMinutes = 60;          ///< 1–1440
    std::optional<int> actualMinutes; ///< set when held, 0–1440
    LessonStatus status = LessonStatus::Scheduled;
    QDateTime cancelledAt; ///< UTC; invalid unless cancelled
    QString notes;
    QString homework;
    bool billable = true;
    QString location;
    QList<Attendee> attendees;
    QString mentorName; ///< read-only, filled on reads

    /// startsAt + plannedMinutes (stored in `ends_at`).
    [[nodiscard]] QDateTime endsAt() const { return startsAt.addSecs(qint64(plannedMinutes) * 60); }
    [[nodiscard]] QStringList learnerIds() const
    {
        QStringList ids;
        for (const Attendee& a : attendees) {
            ids.append(a.learnerId);
        }
        return ids;
    }
};

/// What a user gives to schedule a one-off lesson. The start is a wall-clock time in the studio time zone.
struct LessonInput
{
    Id mentorId;
    QStringList enrollmentIds; ///< one per attendee; the learner comes from the enrollment
    LocalDateTime start;
    int plannedMinutes = 60;
    QString location;
    QString notes;
    QString homework;
    bool billable = true;
    bool allowConflicts = false; ///< store even when the lesson clashes with others
};

/// Moving one lesson (also one occurrence of a series, which then keeps its new time).
struct RescheduleInput
{
    LocalDateTime start; ///< studio time zone; invalid = keep the start
    std::optional<int> plannedMinutes;
    std::optional<Id> mentorId; ///< a substitute mentor
    bool allowConflicts = false;
};

/// Recording a held lesson. Unset fields keep their values; actual minutes default to the planned ones.
struct CompletionInput
{
    std::optional<int> actualMinutes;
    std::optional<QString> notes;
    std::optional<QString> homework;
};

/// Who cancelled a lesson.
enum class CancelledBy
{
    Learner,
    Mentor,
};

/// List filter; every set criterion must match. Lists are ordered by start time.
struct LessonFilter
{
    QDateTime fromUtc; ///< lessons starting at or after (invalid = no lower bound)
    QDateTime toUtc;   ///< lessons starting before (invalid = no upper bound)
    Id mentorId;
    Id learnerId;
    Id enrollmentId;
    Id seriesId;
    QList<LessonStatus> statuses; ///< empty = any status
};

} // namespace mentordesk
