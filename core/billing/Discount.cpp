// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Discount.h"

#include "billing/BillingMath.h"

namespace mentordesk {

Result<void> Discount::validate() const
{
    if (id.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("id"), tr("A discount needs an id.")));
    }
    if (label.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("label"), tr("A discount needs a name to show on the invoice.")));
    }
    if (kind == Kind::Percent && (value < 1 || value > 10000)) {
        return fail(
            Error::invalid(QStringLiteral("value"), tr("A percent discount must be between 0.01 % and 100 %.")));
    }
    if (kind == Kind::Fixed && (value < 1 || value > BillingMath::kMaxAmountMinor)) {
        return fail(Error::invalid(QStringLiteral("value"), tr("A fixed discount must be a positive amount.")));
    }
    if (scope == Scope::Plan && planId.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("plan_id"), tr("A plan discount needs the plan it applies to.")));
    }
    return {};
}

} // namespace mentordesk
