// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "people/Learner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for learners and their learning goals. Each call validates its input and runs in one
/// transaction; on failure nothing is written.
class LearnerService final
{
    Q_DECLARE_TR_FUNCTIONS(LearnerService)

public:
    LearnerService(Database& db, const Clock& clock);

    /// Validates `input` and stores a new, active learner. A mentor or payer id, when given, must name
    /// a live, not archived record (Invalid "mentor_id" / "payer_id").
    [[nodiscard]] Result<Learner> create(const LearnerInput& input);
    /// Replaces the editable fields. `expectedVersion` is the version the user edited (0 = don't check);
    /// Conflict when the row changed since. An unchanged mentor or payer may be archived meanwhile.
    [[nodiscard]] Result<Learner> edit(const Id& id, const LearnerInput& input, qint64 expectedVersion = 0);
    /// Active or paused → archived (Refused otherwise).
    [[nodiscard]] Result<Learner> archive(const Id& id);
    /// Archived → active (Refused otherwise).
    [[nodiscard]] Result<Learner> restore(const Id& id);
    /// Active → paused (Refused otherwise).
    [[nodiscard]] Result<Learner> pause(const Id& id);
    /// Paused → active (Refused otherwise).
    [[nodiscard]] Result<Learner> resume(const Id& id);
    /// The learner, or NotFound.
    [[nodiscard]] Result<Learner> get(const Id& id);
    /// One page ordered by name (case-insensitive), then id; `total` counts every match.
    [[nodiscard]] Result<Page<Learner>> list(const LearnerFilter& filter, PageRequest page = {});
    /// Every learner (any status) of a payer, ordered by name; NotFound for an unknown payer.
    [[nodiscard]] Result<QList<Learner>> learnersOfPayer(const Id& payerId);
    /// How many active or paused learners each mentor has as primary mentor (absent = none). One query.
    [[nodiscard]] Result<QHash<Id, int>> activeCountsByMentor();
    /// How many active or paused learners each of `payerIds` pays for (absent = none). Batched queries.
    [[nodiscard]] Result<QHash<Id, int>> activeCountsByPayer(const QList<Id>& payerIds);

    /// Replaces the learner's goals by `topicIds` (duplicates ignored; an empty list clears them).
    /// Invalid "goals" when a topic id is malformed or unknown. Returns the goals as goals() does.
    [[nodiscard]] Result<QList<LearnerGoal>> setGoals(const Id& learnerId, const QList<Id>& topicIds);
    /// The learner's goals ordered by topic name.
    [[nodiscard]] Result<QList<LearnerGoal>> goals(const Id& learnerId);

    /// Checks and normalises input without storing anything (used by import previews). The birth year
    /// must lie in 1900 … `currentYear`. Does not look at the database (see create()).
    [[nodiscard]] static Result<LearnerInput> validate(const LearnerInput& input, int currentYear);

private:
    [[nodiscard]] Result<void> checkReferences(const LearnerInput& input, const Learner* current);
    [[nodiscard]] Result<Learner> changeStatus(const Id& id, const QList<LearnerStatus>& from, LearnerStatus to);
    [[nodiscard]] int currentYear() const;
    /// Blanks the private notes for an account that may not read them (front desk).
    void hideNotes(Learner& learner) const;
    /// The learner as stored (notes included), without a permission check: for the guarded callers.
    [[nodiscard]] Result<Learner> load(const Id& id);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
