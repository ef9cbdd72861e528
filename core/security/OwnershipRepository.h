// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Actor.h"

namespace mentordesk {

class Database;

/// How a record relates to a mentor account (docs/security.md, "Ownership"). A learner is the
/// mentor's own when the mentor is the learner's main mentor or teaches the learner in a live
/// enrollment; a lesson, series or enrollment is the mentor's own when it is that mentor's; a payer
/// is own when it pays for one of the mentor's own learners. A record that names no mentor is
/// Studio; an unknown id is Studio too (the service then reports it missing to those who may ask).
class OwnershipRepository final
{
public:
    explicit OwnershipRepository(Database& db);

    [[nodiscard]] Result<Ownership> learner(const Actor& actor, const Id& learnerId);
    [[nodiscard]] Result<Ownership> lesson(const Actor& actor, const Id& lessonId);
    [[nodiscard]] Result<Ownership> series(const Actor& actor, const Id& seriesId);
    [[nodiscard]] Result<Ownership> enrollment(const Actor& actor, const Id& enrollmentId);
    [[nodiscard]] Result<Ownership> payer(const Actor& actor, const Id& payerId);

private:
    [[nodiscard]] Result<Ownership> mentorColumn(const Actor& actor, const QString& table, const Id& id);

    Database& m_db;
};

} // namespace mentordesk
