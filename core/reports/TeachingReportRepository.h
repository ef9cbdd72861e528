// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

namespace mentordesk {

class Database;
class LocalTimeSql;

/// SQL of the teaching reports (hours, utilisation, the Today page's week figures). Aggregates in
/// the database: GROUP BY mentor and local week.
class TeachingReportRepository final
{
public:
    /// A live mentor.
    struct MentorRow
    {
        Id id;
        QString name;
        QString color;
        bool archived = false;
    };
    /// Minutes of one mentor in one week.
    struct WeekMinutes
    {
        Id mentorId;
        QDate weekStart;
        qint64 held = 0;      ///< held lessons: actual minutes, else planned
        qint64 scheduled = 0; ///< lessons still scheduled: planned minutes
    };

    explicit TeachingReportRepository(Database& db);

    /// Live mentors by name.
    [[nodiscard]] Result<QList<MentorRow>> mentors();
    /// Held and scheduled minutes per mentor and local week of lessons starting in [fromUtc, toUtc).
    [[nodiscard]] Result<QList<WeekMinutes>> minutesPerMentorWeek(const LocalTimeSql& local, int weekStartsOn,
                                                                  const QDateTime& fromUtc, const QDateTime& toUtc);
    /// Sum of each mentor's weekly availability slots, in minutes.
    [[nodiscard]] Result<QHash<Id, int>> weeklyAvailability();
    /// Held and scheduled minutes of all lessons starting in [fromUtc, toUtc) (held first).
    [[nodiscard]] Result<QPair<qint64, qint64>> minutesBetween(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                               const Id& mentorId = {});

private:
    Database& m_db;
};

} // namespace mentordesk
