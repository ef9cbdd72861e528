// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "people/Learner.h"

#include <QHash>
#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `learners` table. Reads skip tombstoned rows. Lists are paged with LIMIT/OFFSET and
/// filter only on indexed columns (mentor_id, payer_id) besides the status and the text search.
class LearnerRepository final
{
public:
    explicit LearnerRepository(Database& db);

    /// Inserts a new row; `learner.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Learner& learner);
    /// Writes every field and bumps the version. Conflict when the row's version is no longer
    /// `learner.meta.version`, NotFound when it is gone.
    [[nodiscard]] Result<void> update(const Learner& learner);
    [[nodiscard]] Result<std::optional<Learner>> find(const Id& id);
    /// One page ordered by name (case-insensitive), then id; `total` counts every match.
    [[nodiscard]] Result<Page<Learner>> list(const LearnerFilter& filter, PageRequest page);
    /// Every learner (any status) paid for by `payerId`, ordered by name; only those `taughtBy` teaches
    /// when it is set (a mentor account).
    [[nodiscard]] Result<QList<Learner>> listByPayer(const Id& payerId, const Id& taughtBy = {});
    /// Number of active and paused learners per primary mentor (mentors without any are left out).
    [[nodiscard]] Result<QHash<Id, int>> activeCountsByMentor();
    /// Number of active and paused learners of each payer among `payerIds` (payers without any are left
    /// out); batched like PayerRepository::namesFor.
    [[nodiscard]] Result<QHash<Id, int>> activeCountsByPayer(const QList<Id>& payerIds);

private:
    Database& m_db;
};

} // namespace mentordesk
