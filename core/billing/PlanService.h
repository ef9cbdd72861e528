// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// What a user gives to set a plan.
struct PlanInput
{
    QString label;       ///< empty = the kind's name ("Hourly", "Subscription"…)
    QDate effectiveFrom; ///< must be valid
    Id taxRateId;        ///< empty = not taxed
    Plan::Terms terms;   ///< module plans without modules get the course's modules
};

/// Plans of enrollments and of the studio, and the billing events they depend on (package purchases,
/// milestones reached, modules started, discounts). Each call validates its input (the pure
/// Plan::validate / PlanTimeline::validate) and runs in one transaction.
class PlanService final
{
    Q_DECLARE_TR_FUNCTIONS(PlanService)

public:
    /// Every change is written to the audit log as `actor` (default: the connection's signed-in account), in the same
    /// transaction.
    PlanService(Database& db, const Clock& clock, std::optional<Actor> actor = std::nullopt);

    /// Sets the enrollment's plan from `input.effectiveFrom` on. A plan already starting that day is
    /// replaced unless an invoice bills it (Conflict, field "effective_from").
    [[nodiscard]] Result<StoredPlan> setPlan(const Id& enrollmentId, const PlanInput& input);
    /// Adds a plan the studio offers (quoted by the plan advisor; not attached to an enrollment).
    [[nodiscard]] Result<StoredPlan> offerPlan(const PlanInput& input);
    /// The enrollment's plans by effective date (NotFound for an unknown enrollment).
    [[nodiscard]] Result<QList<StoredPlan>> plans(const Id& enrollmentId);
    [[nodiscard]] Result<QList<StoredPlan>> offeredPlans();
    [[nodiscard]] Result<StoredPlan> get(const Id& planId);
    /// Removes a plan that no invoice bills (Refused otherwise).
    [[nodiscard]] Result<void> removePlan(const Id& planId);

    /// Records a package bought on `date` under the package plan in force for the enrollment that day.
    [[nodiscard]] Result<StoredPackagePurchase> buyPackage(const Id& enrollmentId, const QDate& date);
    /// The packages bought under a plan.
    [[nodiscard]] Result<QList<StoredPackagePurchase>> purchases(const Id& planId);
    /// Marks a project milestone as reached on `date` (a later billing run bills it).
    [[nodiscard]] Result<void> markMilestoneReached(const Id& planId, const QString& milestoneId, const QDate& date);
    /// Records that the enrollment started a module of its course on `date`.
    [[nodiscard]] Result<void> startModule(const Id& enrollmentId, const Id& moduleId, const QDate& date);
    /// Adds a discount for a payer (`payerId`) or a plan (`planId`); exactly one must be given.
    /// `percent`: value in basis points (1…10000); else a fixed amount in minor units (≥ 1).
    [[nodiscard]] Result<StoredDiscount> addDiscount(const Id& payerId, const Id& planId, const QString& label,
                                                     bool percent, qint64 value);

    /// The default label of a kind ("Hourly").
    [[nodiscard]] static QString kindName(PlanKind kind);

private:
    [[nodiscard]] Result<StoredPlan> prepare(const Id& enrollmentId, const PlanInput& input);

    [[nodiscard]] Result<void> audit(const QString& action, const QString& entity, const Id& id,
                                     const QJsonObject& details);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
};

} // namespace mentordesk
