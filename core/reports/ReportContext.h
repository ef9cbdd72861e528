// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/StudioTimeZone.h"
#include "reports/LocalTimeSql.h"

#include <QDate>

namespace mentordesk {

class Clock;
class Database;

/// What every report needs to know about the studio: its time zone, its first weekday and today.
class ReportContext final
{
public:
    [[nodiscard]] static Result<ReportContext> load(Database& db, const Clock& clock);

    [[nodiscard]] const StudioTimeZone& zone() const { return m_zone; }
    [[nodiscard]] int weekStartsOn() const { return m_weekStartsOn; }
    [[nodiscard]] QDate today() const { return m_today; }
    /// The first instant of local day `date`, in UTC.
    [[nodiscard]] QDateTime startUtc(QDate date) const { return m_zone.startOfDayUtc(date); }
    /// Local-time SQL for the days [from, to].
    [[nodiscard]] LocalTimeSql localTime(QDate from, QDate to) const
    {
        return LocalTimeSql(m_zone.zone(), startUtc(from), startUtc(to.addDays(1)));
    }

private:
    ReportContext(StudioTimeZone zone, int weekStartsOn, QDate today);

    StudioTimeZone m_zone;
    int m_weekStartsOn = 1;
    QDate m_today;
};

} // namespace mentordesk
