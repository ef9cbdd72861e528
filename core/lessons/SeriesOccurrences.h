// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/Conflict.h"
#include "lessons/LessonSeries.h"
#include "lessons/SeriesPlanner.h"
#include "lessons/StudioTimeZone.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// The steps series use cases share: turning occurrences into lessons and removing scheduled ones.
/// Runs inside the caller's transaction.
class SeriesOccurrences final
{
    Q_DECLARE_TR_FUNCTIONS(SeriesOccurrences)

public:
    /// Where new lessons of a series come from: who attends, where, billable.
    struct LessonTemplate
    {
        QStringList enrollmentIds;
        QString location;
        bool billable = true;
    };

    SeriesOccurrences(Database& db, const Clock& clock);

    /// Creates one scheduled lesson per occurrence for the template's attendees. Every occurrence is
    /// conflict-checked first; all clashes go to `conflicts`, and unless `allowConflicts` they refuse the
    /// whole call (nothing inserted).
    [[nodiscard]] Result<QList<Lesson>> materialise(const LessonSeries& series, const QList<Occurrence>& occurrences,
                                                    const LessonTemplate& templ, bool allowConflicts,
                                                    QList<Conflict>* conflicts, const StudioTimeZone& zone);
    /// Tombstones the series' scheduled lessons whose local date is on or after `fromLocalDate`; returns how many.
    [[nodiscard]] Result<int> removeScheduledFrom(const LessonSeries& series, const QDate& fromLocalDate,
                                                  const StudioTimeZone& zone);
    /// Tombstones the series when no live lesson refers to it any more; true when it did.
    [[nodiscard]] Result<bool> dropIfEmpty(const LessonSeries& series);

    /// The series' time zone (falls back to the studio's when the stored id is unknown).
    [[nodiscard]] Result<StudioTimeZone> zoneOf(const LessonSeries& series);
    /// The series' rule in wall-clock terms of `zone`.
    [[nodiscard]] static SeriesRule ruleOf(const LessonSeries& series, const StudioTimeZone& zone);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
