// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiTestSupport.h"
#include "lessons/Lesson.h"
#include "people/Mentor.h"

namespace mentordesk::test {

/// Helpers for the calendar tests on the demo studio (Asia/Singapore, today 2026-11-20).
class CalendarTest : public UiStudioTest
{
protected:
    /// Lessons matching `filter`, in time order (all pages).
    QList<Lesson> lessons(const LessonFilter& filter);
    /// The first lesson matching `filter` and `predicate`; fails the test when there is none.
    Lesson firstLesson(const LessonFilter& filter, const std::function<bool(const Lesson&)>& predicate = {});
    QList<Mentor> mentors();
    /// Active enrollments of `mentorId`.
    QStringList enrollmentsOf(const Id& mentorId);
    /// Schedules `count` one-hour lessons of `mentorId` all starting at `start` (conflicts allowed), each
    /// with one of the mentor's active enrollments; fails the test when one cannot be stored.
    void addParallelLessons(const Id& mentorId, const LocalDateTime& start, int count);
    /// Number of live lessons in the studio.
    qint64 lessonCount();
    /// The UTC instant of a local wall-clock time in the studio's zone.
    QDateTime utc(const QDate& date, const QTime& time);
    LocalDateTime local(const QDateTime& utc);
};

} // namespace mentordesk::test
