// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/TodaySummary.h"

namespace mentordesk {

class Clock;
class Database;

/// The Today page's figures in one call: today's and tomorrow's lessons, lessons awaiting
/// attendance (still scheduled although they ended, started in the last kAwaitingDays days),
/// enrollments at risk, hours this week against last week, and the money card: invoices issued and
/// payments received this month and last, overdue invoices, packages running low, and the new studio's
/// "First steps" checklist. "Today" is the clock's date in the
/// studio's time zone. Reads only.
class TodayService final
{
public:
    static constexpr int kAwaitingLimit = 50;
    /// How far back lessons awaiting attendance are looked for (older ones stay in the calendar).
    static constexpr int kAwaitingDays = 60;

    TodayService(Database& db, const Clock& clock);

    /// `awaitingLimit` caps the listed lessons awaiting attendance (the total is counted anyway).
    /// Without `includeAtRisk` the at-risk list (the one costly part: it runs the progress model on
    /// every active enrollment) stays empty, for callers that compute it in the background.
    [[nodiscard]] Result<TodaySummary> summary(int awaitingLimit = kAwaitingLimit, bool includeAtRisk = true);

private:
    /// Revenue this and last month, overdue invoices and low package balances.
    [[nodiscard]] Result<void> addMoney(TodaySummary& s, int listLimit);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
