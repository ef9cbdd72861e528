// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillableLesson.h"
#include "billing/plans/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace mentordesk {

/// The plans of one enrollment over time: each applies from its effective date until the next one.
class PlanTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTimeline)

public:
    /// Lessons assigned to the plan in force on their date.
    struct Assignment
    {
        Plan plan;
        QList<BillableLesson> lessons;
    };

    /// Validates every plan (keys prefixed "plans[i].") and refuses two plans with the same id or the same
    /// effective date (key "plans[i].effective_from").
    [[nodiscard]] static Result<void> validate(const QList<Plan>& plans);
    /// The plan in force on `day`: the latest effective on or before it; none before the first plan.
    [[nodiscard]] static std::optional<Plan> planOn(const QList<Plan>& plans, QDate day);
    /// The last day `plan` is in force: the day before the next plan takes effect (invalid when none does).
    /// Set a subscription's endsOn to it (or to the enrollment's end, whichever is earlier).
    [[nodiscard]] static QDate lastDay(const QList<Plan>& plans, const Plan& plan);
    /// Splits lessons among the plans in force on each lesson's date (plans in effective-date order,
    /// lessons in time order). Lessons before the first plan are returned in `unassigned`.
    [[nodiscard]] static QList<Assignment> assign(const QList<Plan>& plans, const QList<BillableLesson>& lessons,
                                                  QList<BillableLesson>* unassigned = nullptr);
};

} // namespace mentordesk
