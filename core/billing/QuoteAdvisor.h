// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/QuoteRequest.h"
#include "billing/QuoteResult.h"

#include <QCoreApplication>

namespace mentordesk {

/// The plan advisor: the hours a goal needs and what they cost under each plan.
///  - Minutes needed = ceil(P_target × C / E) − T so far (from P = min(1, T × E / C)), in integers.
///  - Lessons: lessonsPerWeek = weeklyMinutes / lessonMinutes, spread over each week from startDate; the
///    last lesson is only as long as still needed. Weeks = ceil(minutes needed / weekly minutes).
///  - Each plan is priced by running its own calculator over those lessons, so a quote is what billing
///    would charge: hourly (F0, rounding, progress discount), subscription (periods from the start to the
///    last lesson, prorated as the plan says, rollover carried), package (packages bought as needed, or
///    overage, as the plan says), project (its price), per module (modules started before the target).
class QuoteAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(QuoteAdvisor)

public:
    static constexpr int kMaxLessons = 5000;

    /// Fails naming the field: "content_minutes", "efficiency_permille", "target_permille", "held_minutes",
    /// "weekly_minutes", "lesson_minutes", "start_date", "plans", "plans[i].…".
    [[nodiscard]] static Result<QuoteResult> quote(const QuoteRequest& request);
    /// ceil(targetPermille × contentMinutes / efficiencyPermille): minutes of study from zero to the target.
    [[nodiscard]] static qint64 minutesToReach(int targetPermille, qint64 contentMinutes, int efficiencyPermille);
};

} // namespace mentordesk
