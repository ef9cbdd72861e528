// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

namespace mentordesk {

class Database;

/// SQL of the "First steps" checklist: whether the studio has any learner, lesson, recorded lesson,
/// invoice (tombstoned rows skipped). EXISTS queries, so they stay instant on a large studio. With a
/// `mentorId`, learners and lessons count only when they are that mentor's (a mentor account).
class FirstStepsRepository final
{
public:
    explicit FirstStepsRepository(Database& db, Id mentorId = {});

    [[nodiscard]] Result<bool> hasLearner();
    [[nodiscard]] Result<bool> hasLesson();
    /// A lesson whose status is no longer "scheduled".
    [[nodiscard]] Result<bool> hasRecordedLesson();
    [[nodiscard]] Result<bool> hasInvoice();

private:
    /// Runs `SELECT EXISTS (SELECT 1 FROM <from> WHERE deleted_at IS NULL<extra>[ AND mentor_id = ?])`.
    [[nodiscard]] Result<bool> exists(const QString& table, const QString& extra, bool scoped);

    Database& m_db;
    Id m_mentorId;
};

} // namespace mentordesk
