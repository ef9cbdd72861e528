// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "people/Mentor.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `mentors` table. Reads skip tombstoned rows.
class MentorRepository final
{
public:
    explicit MentorRepository(Database& db);

    /// Inserts a new row; `mentor.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Mentor& mentor);
    /// Writes every field and bumps the version. Conflict when the row's version is no longer
    /// `mentor.meta.version`, NotFound when it is gone.
    [[nodiscard]] Result<void> update(const Mentor& mentor);
    [[nodiscard]] Result<std::optional<Mentor>> find(const Id& id);
    /// One page ordered by name (case-insensitive), then id; `total` counts every match.
    [[nodiscard]] Result<Page<Mentor>> list(const MentorFilter& filter, PageRequest page);

private:
    Database& m_db;
};

} // namespace mentordesk
