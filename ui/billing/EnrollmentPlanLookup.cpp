// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/EnrollmentPlanLookup.h"

#include "billing/PlanService.h"
#include "common/Clock.h"
#include "invoices/InvoiceService.h"
#include "shell/StudioSession.h"

namespace mentordesk {

QDate EnrollmentPlanLookup::today(StudioSession& session)
{
    auto day = InvoiceService(session.db(), session.clock()).today();
    return day ? *day : session.clock().nowUtc().date();
}

std::optional<StoredPlan> EnrollmentPlanLookup::current(StudioSession& session, const Id& enrollmentId)
{
    if (enrollmentId.isEmpty()) {
        return std::nullopt;
    }
    auto plans = PlanService(session.db(), session.clock()).plans(enrollmentId);
    if (!plans || plans->isEmpty()) {
        return std::nullopt;
    }
    const QDate day = today(session);
    const StoredPlan* inForce = nullptr;
    for (const StoredPlan& p : std::as_const(*plans)) {
        if (p.plan.effectiveFrom <= day && (!inForce || p.plan.effectiveFrom >= inForce->plan.effectiveFrom)) {
            inForce = &p;
        }
    }
    return inForce ? *inForce : plans->first();
}

QString EnrollmentPlanLookup::unavailableReason(const std::optional<StoredPlan>& plan, PlanKind kind)
{
    if (!plan) {
        return tr("The enrollment has no billing plan.");
    }
    if (plan->plan.kind() == kind) {
        return {};
    }
    switch (kind) {
    case PlanKind::Package:
        return tr("Only for a prepaid package plan; this enrollment is billed “%1”.").arg(plan->plan.label);
    case PlanKind::Project:
        return tr("Only for a fixed-price project plan; this enrollment is billed “%1”.").arg(plan->plan.label);
    case PlanKind::Module:
        return tr("Only for a per-module plan; this enrollment is billed “%1”.").arg(plan->plan.label);
    default:
        return tr("Not available for this enrollment's plan “%1”.").arg(plan->plan.label);
    }
}

} // namespace mentordesk
