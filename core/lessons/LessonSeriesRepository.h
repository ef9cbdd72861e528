// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/LessonSeries.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `lesson_series` table. Reads skip tombstoned rows.
class LessonSeriesRepository final
{
public:
    explicit LessonSeriesRepository(Database& db);

    /// Inserts a new row; `series.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const LessonSeries& series);
    /// Writes every field and bumps the version (Conflict when changed meanwhile, NotFound when gone).
    [[nodiscard]] Result<void> update(const LessonSeries& series);
    [[nodiscard]] Result<std::optional<LessonSeries>> find(const Id& id);
    [[nodiscard]] Result<void> tombstone(const Id& id, const QDateTime& nowUtc);

private:
    Database& m_db;
};

} // namespace mentordesk
