// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/PaceEstimator.h"

#include "progress/ProgressModel.h"

#include <algorithm>

namespace mentordesk {

double WeeklyPace::minutesPerWeek() const
{
    return windowDays > 0 ? static_cast<double>(minutesInWindow) * 7.0 / windowDays : 0.0;
}

qint64 WeeklyPace::displayMinutesPerWeek() const
{
    return windowDays > 0 ? ProgressModel::mulDivRoundHalfUp(minutesInWindow, 7, windowDays) : 0;
}

WeeklyPace PaceEstimator::weeklyPace(const QList<LessonEvent>& lessons, QDate asOf, int windowWeeks, QDate startDate)
{
    WeeklyPace pace;
    if (!asOf.isValid()) {
        return pace;
    }
    pace.windowDays = 7 * std::max(1, windowWeeks);
    if (startDate.isValid() && startDate <= asOf) {
        pace.windowDays = std::clamp(static_cast<int>(startDate.daysTo(asOf)) + 1, 7, pace.windowDays);
    }
    const QDate first = asOf.addDays(-(pace.windowDays - 1));
    for (const LessonEvent& l : lessons) {
        if (l.outcome == LessonOutcome::Held && l.date.isValid() && l.date >= first && l.date <= asOf) {
            pace.minutesInWindow += std::max(0, l.minutes);
        }
    }
    return pace;
}

std::optional<QDate> PaceEstimator::projectedFinish(qint64 remainingMinutes, const WeeklyPace& pace, QDate asOf)
{
    if (!asOf.isValid()) {
        return std::nullopt;
    }
    if (remainingMinutes <= 0) {
        return asOf;
    }
    if (pace.minutesInWindow <= 0 || pace.windowDays <= 0) {
        return std::nullopt;
    }
    const qint64 days = (remainingMinutes * pace.windowDays + pace.minutesInWindow - 1) / pace.minutesInWindow;
    return asOf.addDays(days);
}

} // namespace mentordesk
