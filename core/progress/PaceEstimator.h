// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/ProgressInput.h"

#include <QDate>
#include <QList>
#include <optional>

namespace mentordesk {

/// Recent weekly pace: held minutes in a window of days ending at asOf.
struct WeeklyPace
{
    qint64 minutesInWindow = 0;
    int windowDays = 0;

    /// Minutes per week = minutesInWindow × 7 / windowDays (0 for an empty window).
    [[nodiscard]] double minutesPerWeek() const;
    /// Minutes per week rounded half up, for display.
    [[nodiscard]] qint64 displayMinutesPerWeek() const;
};

/// Pace and projected finish (docs/progress-model.md, "Pace and projection").
class PaceEstimator final
{
public:
    /// Held minutes with asOf − windowDays < date ≤ asOf, where windowDays = 7 × windowWeeks,
    /// shortened to the days since `startDate` (inclusive, at least 7) for a young enrollment.
    [[nodiscard]] static WeeklyPace weeklyPace(const QList<LessonEvent>& lessons, QDate asOf, int windowWeeks = 8,
                                               QDate startDate = {});
    /// asOf + ceil(remaining × windowDays / minutesInWindow) days (exact integer arithmetic);
    /// asOf when nothing remains; no date when there is no recent pace.
    [[nodiscard]] static std::optional<QDate> projectedFinish(qint64 remainingMinutes, const WeeklyPace& pace,
                                                              QDate asOf);
};

} // namespace mentordesk
