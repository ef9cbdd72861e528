// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoContext.h"

#include <functional>

namespace mentordesk {

/// Lays out the demo's history: each learner gets a weekly slot in a mentor's grid (so nobody is
/// ever double-booked), a chain of enrollments along their goal area, one lesson per week with
/// realistic attendance, mastery assessments and ratings. Writes in chunked transactions.
class DemoTimeline final
{
public:
    explicit DemoTimeline(DemoContext& ctx);
    /// `progress` gets 0–100; returning false cancels.
    [[nodiscard]] Result<void> run(const std::function<bool(int)>& progress);

private:
    struct Slot
    {
        int weekday = 1; ///< 1 = Monday
        int minute = 0;  ///< local start, minutes after midnight
    };
    struct Booking
    {
        int mentor = -1;
        int slot = -1;
        int startWeek = 0;
    };

    [[nodiscard]] Booking book(const QString& area, int startWeek, int endWeek);
    [[nodiscard]] bool isFree(int mentor, int slot, int startWeek, int endWeek) const;
    [[nodiscard]] QList<int> coursePath(const QString& area, int level) const;

    DemoContext& m_ctx;
    QList<Slot> m_slots;                           ///< preference order (afternoons first)
    QList<QList<QList<QPair<int, int>>>> m_booked; ///< [mentor][slot] → booked [startWeek, endWeek) ranges
    QDate m_firstMonday;
    int m_weeks = 0; ///< history weeks until `today`
    int m_futureWeeks = 3;
};

} // namespace mentordesk
