// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "feedback/Rating.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `ratings` table. Reads skip tombstoned rows.
class RatingRepository final
{
public:
    explicit RatingRepository(Database& db);

    /// Inserts a new row; `rating.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Rating& rating);
    /// Writes stars, comment and rated_at and bumps the version (Conflict when changed meanwhile).
    [[nodiscard]] Result<void> update(const Rating& rating);
    /// The learner's live rating of `targetId`, or nullopt.
    [[nodiscard]] Result<std::optional<Rating>> findFor(const Id& learnerId, RatingTarget target, const Id& targetId);
    /// Newest first. With `blindViewerMentorId` set, only the ratings that mentor may see in blind mode:
    /// those whose learner the mentor assessed at or after the rated lesson's start (lesson ratings)
    /// or the rating's date (mentor and course ratings).
    [[nodiscard]] Result<Page<Rating>> list(const RatingFilter& filter, PageRequest page,
                                            const Id& blindViewerMentorId = {});

private:
    Database& m_db;
};

} // namespace mentordesk
