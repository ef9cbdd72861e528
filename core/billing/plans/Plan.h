// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/HourlyPlan.h"
#include "billing/plans/ModulePlan.h"
#include "billing/plans/PackagePlan.h"
#include "billing/plans/ProjectPlan.h"
#include "billing/plans/SubscriptionPlan.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <variant>

namespace mentordesk {

enum class PlanKind
{
    Hourly,
    Subscription,
    Package,
    Project,
    Module,
};

/// How an enrollment is billed from `effectiveFrom` on (until the next plan of the enrollment takes
/// over). All amounts are minor units of the studio's currency.
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    using Terms = std::variant<HourlyPlan, SubscriptionPlan, PackagePlan, ProjectPlan, ModulePlan>;

    QString id;          ///< stable id; every line the plan produces carries it
    QString label;       ///< name shown in the plan advisor and lists ("Hourly 100/h")
    QDate effectiveFrom; ///< first day the plan applies (for a subscription: its first billed day)
    QString taxRateId;   ///< tax rate of the plan's lines (empty = not taxed)
    Terms terms;

    [[nodiscard]] PlanKind kind() const { return static_cast<PlanKind>(terms.index()); }
    /// Checks id, effective date and the terms; term errors keep their own keys ("rate", "milestones[2].percent").
    [[nodiscard]] Result<void> validate() const;

    [[nodiscard]] static QString kindKey(PlanKind kind);
    [[nodiscard]] static Result<PlanKind> parseKind(const QString& text, const QString& field);
};

} // namespace mentordesk
