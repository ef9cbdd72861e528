// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PriceLine.h"
#include "billing/plans/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mentordesk {

/// What happened to a milestone so far.
struct MilestoneState
{
    QString milestoneId;
    QDate reachedOn;     ///< when the mentor marked it reached (invalid = not reached)
    bool billed = false; ///< already on an invoice
};

struct ProjectBillingInput
{
    QList<MilestoneState> states; ///< milestones without a state are neither reached nor billed
    QDate asOf;                   ///< bill what is reached or due on or before this day
};

struct ProjectBillingResult
{
    QList<PriceLine> lines;         ///< one Milestone line per milestone billed now
    QList<qint64> amounts;          ///< every milestone's amount, in plan order; sums to the price
    QStringList billedMilestoneIds; ///< billed by this run
    qint64 unbilledMinor = 0;       ///< price still to bill after this run
};

/// Fixed-price projects. Percent milestones are allocated by cumulative rounding,
/// amount_i = round-half-up(price × (p_1 + … + p_i)) − round-half-up(price × (p_1 + … + p_{i−1})),
/// so no amount is negative and the amounts always add up to the price exactly: the last milestone
/// absorbs the rounding remainder. A milestone is billed once it is reached or its due date has come.
class ProjectBilling final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBilling)

public:
    /// The amount of each milestone, in plan order. Fails when the plan is invalid.
    [[nodiscard]] static Result<QList<qint64>> allocate(const ProjectPlan& terms);
    /// Lines for the milestones reached or due by asOf and not yet billed.
    [[nodiscard]] static Result<ProjectBillingResult> due(const Plan& plan, const ProjectBillingInput& input);
};

} // namespace mentordesk
