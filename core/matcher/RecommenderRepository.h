// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/CourseCatalog.h"
#include "matcher/MentorMatcher.h"
#include "matcher/RatingMatrix.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace mentordesk {

class Database;

/// A learner's history as the recommender sees it.
struct LearnerHistory
{
    QSet<Id> takenCourses; ///< active, paused or completed enrollments (cancelled ones may be suggested again)
    QSet<Id> knownTopics;  ///< topics of those courses, and topics whose latest assessment reached the mastery bar
    int efficiencyPermille = 800; ///< mean E of the learner's enrollments (800 without any)
};

/// Set-based reads (one query per table, grouped in SQL) for the recommender, and the `meta` rows
/// it keeps its model in. Reads skip tombstoned rows.
class RecommenderRepository final
{
public:
    explicit RecommenderRepository(Database& db);

    /// Every live topic's name by id.
    [[nodiscard]] Result<QHash<Id, QString>> topicNames();
    /// Active (not archived) courses ordered by title, with their topics, course-rating count and
    /// sum, and the number of distinct learners ever enrolled.
    [[nodiscard]] Result<QList<CourseInfo>> courses();
    /// Every live course rating as (learner, course, stars), ordered by learner then course.
    [[nodiscard]] Result<QList<RatingTriple>> courseRatings();
    /// Taken courses, known topics and mean efficiency of one learner. A topic counts as known when
    /// its latest assessment is at least `masteryPercent`.
    [[nodiscard]] Result<LearnerHistory> learnerHistory(const Id& learnerId, int masteryPercent);
    /// Teaching mentors (not archived, not front desk) ordered by name, with expertise, mentor-rating
    /// count and sum, weekly availability × `weeks`, minutes of scheduled lessons starting in
    /// [fromUtc, toUtc) and learners with an active enrollment.
    [[nodiscard]] Result<QList<MentorProfile>> mentors(const QDateTime& fromUtc, const QDateTime& toUtc, int weeks);

    /// The `meta` value of `key`; an empty string when there is none.
    [[nodiscard]] Result<QString> meta(const QString& key);
    /// Inserts or replaces a `meta` value (a cache row, not user data: no sync columns).
    [[nodiscard]] Result<void> setMeta(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace mentordesk
