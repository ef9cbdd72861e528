// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "people/Learner.h"

#include <QDateTime>
#include <QList>

namespace mentordesk {

class Database;

/// SQL for the `learner_goals` table (one live row per learner and topic). Reads skip tombstones.
class LearnerGoalRepository final
{
public:
    /// A stored goal row.
    struct Row
    {
        Id id;
        Id topicId;
    };

    explicit LearnerGoalRepository(Database& db);

    /// Inserts a goal row (fresh id, version 1, created/updated at `nowUtc`).
    [[nodiscard]] Result<void> insert(const Id& learnerId, const Id& topicId, const QDateTime& nowUtc);
    /// Tombstones the row `id`.
    [[nodiscard]] Result<void> remove(const Id& id, const QDateTime& nowUtc);
    /// Every live goal row of the learner (whatever the state of its topic).
    [[nodiscard]] Result<QList<Row>> rowsForLearner(const Id& learnerId);
    /// The learner's goals whose topic is live, ordered by topic name.
    [[nodiscard]] Result<QList<LearnerGoal>> goalsForLearner(const Id& learnerId);

private:
    Database& m_db;
};

} // namespace mentordesk
