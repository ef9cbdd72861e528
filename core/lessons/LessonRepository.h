// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "lessons/Lesson.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `lessons` and `lesson_attendees` tables. Reads skip tombstoned rows and fill the
/// read-only names (mentor, learners).
class LessonRepository final
{
public:
    /// An existing lesson that overlaps a proposed time slot.
    struct Overlap
    {
        Id lessonId;
        QDateTime startsAt;
        QDateTime endsAt;
        QString name; ///< the mentor's (mentor overlaps) or the learner's (learner overlaps) name
    };

    explicit LessonRepository(Database& db);

    /// Inserts the lesson and its attendees; every `meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Lesson& lesson);
    /// Writes every lesson field (not the attendees) and bumps the version; Conflict when the row's
    /// version is no longer `lesson.meta.version`, NotFound when it is gone.
    [[nodiscard]] Result<void> update(const Lesson& lesson);
    /// Writes an attendee's status and bumps its version (same optimistic check).
    [[nodiscard]] Result<void> updateAttendee(const Attendee& attendee, const QDateTime& nowUtc);
    /// Tombstones the lesson and its attendees.
    [[nodiscard]] Result<void> tombstone(const Id& lessonId, const QDateTime& nowUtc);

    [[nodiscard]] Result<std::optional<Lesson>> find(const Id& id);
    /// Lessons matching `filter`, ordered by start, with their attendees.
    [[nodiscard]] Result<Page<Lesson>> list(const LessonFilter& filter, PageRequest page);
    /// Live lessons of a series starting at or after `fromUtc` (invalid = all), in time order.
    [[nodiscard]] Result<QList<Lesson>> seriesLessons(const Id& seriesId, const QDateTime& fromUtc = {});

    /// Live scheduled or held lessons of `mentorId` overlapping [startsAt, endsAt) (half-open, so
    /// back-to-back lessons do not overlap), except `excludeLessonId`. Uses index lessons_mentor_start.
    [[nodiscard]] Result<QList<Overlap>> mentorOverlaps(const Id& mentorId, const QDateTime& startsAt,
                                                        const QDateTime& endsAt, const Id& excludeLessonId);
    /// Live scheduled or held lessons attended by `learnerId` (attendee not cancelled) overlapping
    /// [startsAt, endsAt), except `excludeLessonId`. Uses index lesson_attendees_learner.
    [[nodiscard]] Result<QList<Overlap>> learnerOverlaps(const Id& learnerId, const QDateTime& startsAt,
                                                         const QDateTime& endsAt, const Id& excludeLessonId);
    /// EXPLAIN QUERY PLAN lines of the two overlap queries (diagnostics and tests of index use).
    [[nodiscard]] Result<QStringList> overlapQueryPlans();

private:
    [[nodiscard]] Result<void> loadAttendees(Lesson& lesson);
    [[nodiscard]] Result<QList<Lesson>> readLessons(const QString& sql, const QVariantList& binds);

    Database& m_db;
};

} // namespace mentordesk
