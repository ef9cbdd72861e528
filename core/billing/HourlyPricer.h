// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/AttendanceRules.h"
#include "billing/BillableLesson.h"
#include "billing/PriceLine.h"
#include "billing/plans/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mentordesk {

/// What the hourly pricer needs besides the plan.
struct HourlyPricingInput
{
    QList<BillableLesson> lessons; ///< not yet billed; any order (priced by start, then id)
    int efficiencyPermille = 800;  ///< E, 50…2000 (progress discount of a per-hour plan only)
    qint64 contentMinutes = 0;     ///< C, > 0 (progress discount of a per-hour plan only)
    bool oneOffFeeBilled = false;  ///< true once F0 has been billed for this plan
    int makeUpCredits = 0;         ///< make-up lessons owed to the learner before these lessons
};

/// Lines for the lessons, and how each lesson was settled.
struct HourlyPricingResult
{
    QList<PriceLine> lines;
    QStringList billedLessonIds;   ///< lessons a line bills (or a make-up credit covers)
    QStringList unbilledLessonIds; ///< lessons that cost nothing (cancelled in time, by the mentor, 0 % share)
    int makeUpCredits = 0;         ///< make-up lessons still owed afterwards
};

/// Prices lessons under an hourly or per-lesson plan.
///  - F0 (one-off fee) once, as its own line, while not yet billed.
///  - Each lesson's minutes are rounded by the plan's rule, then priced with one rounding per line:
///    round-half-up(rate × minutes × share / 60).
///  - Progress discount: the lesson that crosses P* is split at minute k = ceil((P* − P) × C / E) after
///    its start: k minutes at r, the rest at r′. Later lessons are wholly at r′. Cancelled lessons use
///    the rate in force at their start. Per-lesson plans switch to r′ for lessons starting at P ≥ P*.
///  - Attendance rules decide the share of late cancellations and no-shows (AttendancePolicy).
///  - A held make-up lesson consumes one make-up credit if one is owed and is then not billed.
class HourlyPricer final
{
    Q_DECLARE_TR_FUNCTIONS(HourlyPricer)

public:
    /// Fails on an invalid plan or input, naming the field ("lessons[3].planned_minutes", "content_minutes"…).
    [[nodiscard]] static Result<HourlyPricingResult> price(const Plan& plan, const AttendanceRules& rules,
                                                           const HourlyPricingInput& input);
};

} // namespace mentordesk
