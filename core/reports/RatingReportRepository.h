// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace mentordesk {

class Database;
class LocalTimeSql;

/// SQL of the rating trends: counts and star sums per target and local month, in the database.
class RatingReportRepository final
{
public:
    /// Ratings of one course or mentor in one month.
    struct MonthRatings
    {
        bool mentor = false; ///< false: a course
        Id targetId;
        QDate month; ///< first day of the local month
        int count = 0;
        qint64 stars = 0;
    };

    explicit RatingReportRepository(Database& db);

    /// Live ratings made in [fromUtc, toUtc): course ratings per course; mentor ratings and lesson
    /// ratings per mentor (a lesson's rating counts for the mentor who taught it).
    [[nodiscard]] Result<QList<MonthRatings>> monthly(const LocalTimeSql& local, const QDateTime& fromUtc,
                                                      const QDateTime& toUtc);
    /// Titles of all courses and names of all mentors (tombstoned ones too): id → name.
    [[nodiscard]] Result<QHash<Id, QString>> targetNames();

private:
    Database& m_db;
};

} // namespace mentordesk
