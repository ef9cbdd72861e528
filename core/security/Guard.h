// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "security/Action.h"

namespace mentordesk {

class Database;

/// The first line of every public service method: checks the connection's actor (Database::actor())
/// against PermissionPolicy for the record the call touches (docs/security.md). Ownership is looked up
/// only when the actor's scope is Own, so an owner or front desk pays no query.
class Guard final
{
public:
    /// A studio-wide action (catalog, settings, money runs, reports) or a read of no one's records.
    [[nodiscard]] static Result<void> studio(Database& db, Action action);
    /// An action on a record that belongs to mentor `mentorId` (empty: to no mentor).
    [[nodiscard]] static Result<void> mentor(Database& db, Action action, const Id& mentorId);
    [[nodiscard]] static Result<void> learner(Database& db, Action action, const Id& learnerId);
    [[nodiscard]] static Result<void> lesson(Database& db, Action action, const Id& lessonId);
    [[nodiscard]] static Result<void> series(Database& db, Action action, const Id& seriesId);
    [[nodiscard]] static Result<void> enrollment(Database& db, Action action, const Id& enrollmentId);
    [[nodiscard]] static Result<void> payer(Database& db, Action action, const Id& payerId);
    /// True when the actor may do `action` on some records (its scope is not None): e.g. whether a
    /// learner's private notes are shown at all.
    [[nodiscard]] static bool reaches(const Database& db, Action action);
    /// For a list: Refused when the actor may not do `action` at all; otherwise the mentor id the list
    /// must be limited to (in the repository's query) when the actor sees only its own records, or an
    /// empty id when it sees every record. A mentor account without a mentor record gets "-", which
    /// matches nothing.
    [[nodiscard]] static Result<Id> listScope(Database& db, Action action);
};

} // namespace mentordesk
