// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/Conflict.h"
#include "lessons/StudioTimeZone.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mentordesk {

class Database;

/// Finds the lessons a proposed lesson would clash with. Only live lessons that are scheduled or held
/// block a slot (cancelled lessons and no-shows free it); intervals are half-open, so a lesson ending at
/// 17:00 and one starting at 17:00 do not clash. Each query is one index range scan, so the check stays
/// fast on a studio with half a million lessons.
class ConflictChecker final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChecker)

public:
    ConflictChecker(Database& db, StudioTimeZone zone);

    /// Every clash of [startsAt, endsAt) for `mentorId` and for each of `learnerIds`, ignoring
    /// `excludeLessonId` (the lesson being moved). One entry per clashing lesson and person.
    [[nodiscard]] Result<QList<Conflict>> check(const Id& mentorId, const QDateTime& startsAt, const QDateTime& endsAt,
                                                const QStringList& learnerIds, const Id& excludeLessonId = {});

    /// The Conflict error a refused create or reschedule returns: a summary line, then one line per clash.
    /// With `perOccurrence`, each line also names the series occurrence that clashes.
    [[nodiscard]] Error toError(const QList<Conflict>& conflicts, bool perOccurrence = false) const;

private:
    Database& m_db;
    StudioTimeZone m_zone;
};

} // namespace mentordesk
