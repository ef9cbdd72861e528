// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanAudit.h"

namespace mentordesk {

QJsonObject PlanAudit::plan(const StoredPlan& p)
{
    return {{QStringLiteral("enrollment_id"), p.enrollmentId},
            {QStringLiteral("kind"), Plan::kindKey(p.plan.kind())},
            {QStringLiteral("effective_from"), p.plan.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("tax_rate_id"), p.plan.taxRateId}};
}

QJsonObject PlanAudit::purchase(const StoredPackagePurchase& p)
{
    return {{QStringLiteral("plan_id"), p.planId},
            {QStringLiteral("enrollment_id"), p.enrollmentId},
            {QStringLiteral("purchased_on"), p.purchasedOn.toString(Qt::ISODate)},
            {QStringLiteral("minutes"), p.minutes},
            {QStringLiteral("price_minor"), p.priceMinor}};
}

QJsonObject PlanAudit::discount(const StoredDiscount& d)
{
    return {{QStringLiteral("payer_id"), d.payerId},
            {QStringLiteral("plan_id"), d.planId},
            {QStringLiteral("kind"), d.percent ? QStringLiteral("percent") : QStringLiteral("fixed")},
            {QStringLiteral("value"), d.value}};
}

} // namespace mentordesk
