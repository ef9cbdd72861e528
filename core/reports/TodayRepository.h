// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "reports/TodaySummary.h"

#include <QDateTime>
#include <QList>

namespace mentordesk {

class Database;

/// SQL of the Today page's lesson lists; with a `mentorId`, only that mentor's lessons (a mentor account).
class TodayRepository final
{
public:
    explicit TodayRepository(Database& db, Id mentorId = {});

    /// Lessons starting in [fromUtc, toUtc) with their attendees, by start time.
    [[nodiscard]] Result<QList<TodayLesson>> lessonsBetween(const QDateTime& fromUtc, const QDateTime& toUtc);
    /// The `limit` most recent lessons still scheduled that started at or after `sinceUtc` and ended
    /// at or before `nowUtc`.
    [[nodiscard]] Result<QList<TodayLesson>> awaitingAttendance(const QDateTime& sinceUtc, const QDateTime& nowUtc,
                                                                int limit);
    /// How many such lessons there are.
    [[nodiscard]] Result<qint64> countAwaitingAttendance(const QDateTime& sinceUtc, const QDateTime& nowUtc);

private:
    /// The lessons whose ids `idsQuery` selects, with attendees, by start time (newest first when `newestFirst`).
    [[nodiscard]] Result<QList<TodayLesson>> read(const QString& idsQuery, const QVariantList& binds, bool newestFirst);

    /// " AND mentor_id = ?" when scoped to a mentor; its value leads `binds`.
    [[nodiscard]] QString scope(QVariantList& binds) const;

    Database& m_db;
    Id m_mentorId;
};

} // namespace mentordesk
