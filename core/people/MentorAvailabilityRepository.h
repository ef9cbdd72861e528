// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "people/AvailabilitySlot.h"

#include <QDateTime>
#include <QList>

namespace mentordesk {

class Database;

/// SQL for the `mentor_availability` table. Reads skip tombstones.
class MentorAvailabilityRepository final
{
public:
    /// A stored slot and the id of its row.
    struct Row
    {
        Id id;
        AvailabilitySlot slot;
    };

    explicit MentorAvailabilityRepository(Database& db);

    /// Inserts one slot as a new row (fresh id, version 1, created/updated at `nowUtc`).
    [[nodiscard]] Result<void> insert(const Id& mentorId, const AvailabilitySlot& slot, const QDateTime& nowUtc);
    /// Tombstones the row `id`.
    [[nodiscard]] Result<void> remove(const Id& id, const QDateTime& nowUtc);
    /// The mentor's live rows ordered by weekday, start, end.
    [[nodiscard]] Result<QList<Row>> listForMentor(const Id& mentorId);

private:
    Database& m_db;
};

} // namespace mentordesk
