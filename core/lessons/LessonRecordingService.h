// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/Lesson.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Recording what happened to a lesson: held, cancelled, no-show, per-attendee status, notes.
/// Rules: only a scheduled lesson can be cancelled or marked as a no-show; a lesson can be recorded as
/// held (again, to correct its minutes) when it is scheduled or held, and only once it has started;
/// notes and homework can be edited at any time.
class LessonRecordingService final
{
    Q_DECLARE_TR_FUNCTIONS(LessonRecordingService)

public:
    LessonRecordingService(Database& db, const Clock& clock);

    /// Status held; actual minutes default to the planned minutes (0–1440).
    [[nodiscard]] Result<Lesson> complete(const Id& lessonId, const CompletionInput& input);
    /// By the learner (late = too short notice, status late_cancel) or by the mentor (`late` not allowed).
    /// Stamps cancelledAt with the clock's now.
    [[nodiscard]] Result<Lesson> cancel(const Id& lessonId, CancelledBy by, bool late);
    /// The learner did not come (only once the lesson has started).
    [[nodiscard]] Result<Lesson> markNoShow(const Id& lessonId);
    /// One attendee's own status in a group lesson; nullopt (or Scheduled) clears it. Held and no-show need
    /// the lesson to be held; cancellations need it scheduled or held; cancelled_by_mentor is for whole lessons.
    [[nodiscard]] Result<Lesson> setAttendeeStatus(const Id& lessonId, const Id& learnerId,
                                                   std::optional<LessonStatus> status);
    /// Replaces notes and/or homework (unset = keep), whatever the lesson's status.
    [[nodiscard]] Result<Lesson> editNotes(const Id& lessonId, const std::optional<QString>& notes,
                                           const std::optional<QString>& homework);

private:
    [[nodiscard]] Result<Lesson> save(Lesson lesson);
    [[nodiscard]] Result<void> requireStarted(const Lesson& lesson) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
