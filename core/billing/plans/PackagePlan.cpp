// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/PackagePlan.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

namespace mentordesk {

Result<void> PackagePlan::validate() const
{
    if (auto ok = BillingMath::checkAmount(priceMinor, QStringLiteral("price")); !ok) {
        return ok;
    }
    if (minutes < 1 || minutes > 10000LL * 60) {
        return fail(
            Error::invalid(QStringLiteral("minutes"),
                           tr("A package must hold between 1 minute and 10,000 hours (got %1 minutes).").arg(minutes)));
    }
    if (validityDays < 0 || validityDays > 3660) {
        return fail(Error::invalid(QStringLiteral("validity_days"),
                                   tr("A package's validity must be between 0 (no expiry) and 3660 days.")));
    }
    if (lowBalanceMinutes < 0 || lowBalanceMinutes > minutes) {
        return fail(Error::invalid(QStringLiteral("low_balance_minutes"),
                                   tr("The low-balance warning must be between 0 and the package's minutes.")));
    }
    if (auto ok = BillingMath::checkAmount(overageRateMinor, QStringLiteral("overage_rate")); !ok) {
        return ok;
    }
    if (auto ok = rounding.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("rounding")));
    }
    return {};
}

} // namespace mentordesk
