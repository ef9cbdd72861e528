// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/Plan.h"

#include <QDate>
#include <QList>

namespace mentordesk {

/// A learner's goal, as the plan advisor takes it.
struct QuoteRequest
{
    qint64 contentMinutes = 0;    ///< C: the course's content minutes, or the goal's content hours × 60
    int efficiencyPermille = 800; ///< E, 50…2000 ‰
    int targetPermille = 1000;    ///< target progress P, 1…1000 ‰
    qint64 heldMinutesSoFar = 0;  ///< T already studied under the enrollment (0 for a new learner)
    qint64 weeklyMinutes = 60;    ///< time with the mentor per week, 1…10080
    int lessonMinutes = 0;        ///< one lesson's length, dividing weeklyMinutes (0 = one lesson a week)
    QDate startDate;              ///< first lesson
    QList<Plan> plans;            ///< the studio's plans and any given for this quote
};

} // namespace mentordesk
