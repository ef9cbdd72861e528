// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/EnrollmentSummary.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace mentordesk {

class Database;
class LocalTimeSql;

/// SQL of the progress-over-time report: held minutes per enrollment and local week, summed in
/// the database.
class ProgressHistoryRepository final
{
public:
    /// Held minutes of one enrollment in one week.
    struct EnrollmentWeek
    {
        Id enrollmentId;
        QDate weekStart; ///< invalid for the minutes held before the report range
        qint64 minutes = 0;
    };

    explicit ProgressHistoryRepository(Database& db);

    /// For the scope's enrollments: held minutes (the attendee's status, else the lesson's; actual
    /// minutes, else planned) of lessons starting before `toUtc` — those before `fromUtc` summed into
    /// one row per enrollment with an invalid week, the others per local week.
    [[nodiscard]] Result<QList<EnrollmentWeek>> heldPerWeek(const ProgressScope& scope, const LocalTimeSql& local,
                                                            int weekStartsOn, const QDateTime& fromUtc,
                                                            const QDateTime& toUtc);

private:
    Database& m_db;
};

} // namespace mentordesk
