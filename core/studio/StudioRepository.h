// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "studio/StudioSettings.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the single-row `studio` table.
class StudioRepository final
{
public:
    explicit StudioRepository(Database& db);
    [[nodiscard]] Result<std::optional<StudioSettings>> load();
    [[nodiscard]] Result<void> insert(const StudioSettings& settings);
    /// Optimistic update: Conflict when the row's version is no longer `settings.meta.version`.
    [[nodiscard]] Result<void> update(const StudioSettings& settings);
    /// True when any live mentor, payer, learner, course or lesson exists (their amounts are in the
    /// studio currency).
    [[nodiscard]] Result<bool> hasRecords();

private:
    Database& m_db;
};

} // namespace mentordesk
