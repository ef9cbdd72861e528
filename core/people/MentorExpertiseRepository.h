// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "people/Expertise.h"

#include <QList>
#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `mentor_expertise` table (one live row per mentor and topic). Reads skip tombstones.
class MentorExpertiseRepository final
{
public:
    explicit MentorExpertiseRepository(Database& db);

    /// Inserts a new row; `expertise.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Expertise& expertise);
    /// Writes the level and bumps the version (Conflict when the version moved on).
    [[nodiscard]] Result<void> updateLevel(const Expertise& expertise);
    /// Tombstones the row `id`.
    [[nodiscard]] Result<void> remove(const Id& id, const QDateTime& nowUtc);
    /// The live row for the pair, with the topic name.
    [[nodiscard]] Result<std::optional<Expertise>> find(const Id& mentorId, const Id& topicId);
    /// Every live row of a mentor whose topic is live, ordered by topic name.
    [[nodiscard]] Result<QList<Expertise>> listForMentor(const Id& mentorId);

private:
    Database& m_db;
};

} // namespace mentordesk
