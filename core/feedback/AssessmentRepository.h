// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "feedback/Assessment.h"

#include <QList>

namespace mentordesk {

class Database;

/// SQL for the `assessments` table. Reads skip tombstoned rows.
class AssessmentRepository final
{
public:
    explicit AssessmentRepository(Database& db);

    /// Inserts a new row; `assessment.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Assessment& assessment);
    /// A learner's assessments (of one topic when `topicId` is set), oldest first.
    [[nodiscard]] Result<QList<Assessment>> forLearner(const Id& learnerId, const Id& topicId);

private:
    Database& m_db;
};

} // namespace mentordesk
