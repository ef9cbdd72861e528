// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Guard.h"

#include "security/Access.h"
#include "security/OwnershipRepository.h"
#include "security/PermissionPolicy.h"
#include "storage/Database.h"

namespace mentordesk {

namespace {

Scope scopeOf(const Actor& actor, Action action)
{
    if (!actor.signedIn) {
        return Scope::None;
    }
    const std::optional<PermissionRule> rule = PermissionPolicy::rule(action);
    return rule ? rule->scopeOf(actor.role) : Scope::None;
}

/// Checks `action`; `lookup` computes the record's ownership, called only for an Own scope.
template <typename Lookup>
Result<void> check(Database& db, Action action, Lookup lookup)
{
    const Actor& actor = db.actor();
    if (scopeOf(actor, action) != Scope::Own) {
        return Access::require(actor, action, Ownership::Studio);
    }
    OwnershipRepository repo(db);
    const Result<Ownership> ownership = lookup(repo, actor);
    if (!ownership) {
        return fail(ownership.error());
    }
    return Access::require(actor, action, *ownership);
}

} // namespace

Result<void> Guard::studio(Database& db, Action action)
{
    return Access::require(db.actor(), action, Ownership::Studio);
}

Result<void> Guard::mentor(Database& db, Action action, const Id& mentorId)
{
    const Actor& actor = db.actor();
    return Access::require(actor, action,
                           actor.ownershipOf(mentorId.trimmed().isEmpty()
                                                 ? std::nullopt
                                                 : std::optional<Id>(mentorId.trimmed().toLower())));
}

Result<void> Guard::learner(Database& db, Action action, const Id& learnerId)
{
    return check(db, action,
                 [&](OwnershipRepository& r, const Actor& a) { return r.learner(a, learnerId.trimmed().toLower()); });
}

Result<void> Guard::lesson(Database& db, Action action, const Id& lessonId)
{
    return check(db, action,
                 [&](OwnershipRepository& r, const Actor& a) { return r.lesson(a, lessonId.trimmed().toLower()); });
}

Result<void> Guard::series(Database& db, Action action, const Id& seriesId)
{
    return check(db, action,
                 [&](OwnershipRepository& r, const Actor& a) { return r.series(a, seriesId.trimmed().toLower()); });
}

Result<void> Guard::enrollment(Database& db, Action action, const Id& enrollmentId)
{
    return check(db, action, [&](OwnershipRepository& r, const Actor& a) {
        return r.enrollment(a, enrollmentId.trimmed().toLower());
    });
}

Result<void> Guard::payer(Database& db, Action action, const Id& payerId)
{
    return check(db, action,
                 [&](OwnershipRepository& r, const Actor& a) { return r.payer(a, payerId.trimmed().toLower()); });
}

bool Guard::reaches(const Database& db, Action action)
{
    return scopeOf(db.actor(), action) != Scope::None;
}

Result<Id> Guard::listScope(Database& db, Action action)
{
    const Actor& actor = db.actor();
    switch (scopeOf(actor, action)) {
    case Scope::All:
        return Id();
    case Scope::Own:
        return actor.mentorId && !actor.mentorId->isEmpty() ? *actor.mentorId : QStringLiteral("-");
    case Scope::None:
        break;
    }
    if (auto ok = Access::require(actor, action, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    return Id();
}

} // namespace mentordesk
