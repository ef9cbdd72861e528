// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "matcher/RatingMatrix.h"

#include <QList>

namespace mentordesk {

class Database;

/// SQL behind the feedback-derived figures: star sums and counts per course and per mentor,
/// summed in the database, and the learner × course ratings. Reads skip tombstoned rows.
class FeedbackFiguresRepository final
{
public:
    /// A rated thing with its ratings summed; `count` 0 when it has none.
    struct Tally
    {
        Id id;
        QString name;
        int quality = 0;      ///< courses only
        int practicality = 0; ///< courses only
        qint64 starSum = 0;
        int count = 0;
    };

    explicit FeedbackFiguresRepository(Database& db);

    /// Every live course (archived ones too) with the sum and count of its course ratings, by title.
    [[nodiscard]] Result<QList<Tally>> courses();
    /// Every live mentor with the sum and count of the ratings of the mentor, by name.
    [[nodiscard]] Result<QList<Tally>> mentors();
    /// (learner, course, stars) of every live course rating, oldest first.
    [[nodiscard]] Result<QList<RatingTriple>> courseRatings();

private:
    [[nodiscard]] Result<QList<Tally>> tallies(const QString& sql, bool withCourseColumns);

    Database& m_db;
};

} // namespace mentordesk
