// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/HourlyPlan.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

namespace mentordesk {

Result<void> HourlyPlan::validate() const
{
    if (auto ok = BillingMath::checkAmount(rateMinor, QStringLiteral("rate")); !ok) {
        return ok;
    }
    if (auto ok = BillingMath::checkAmount(oneOffFeeMinor, QStringLiteral("one_off_fee")); !ok) {
        return ok;
    }
    if (auto ok = rounding.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("rounding")));
    }
    if (progressDiscount) {
        if (progressDiscount->thresholdPermille < 1 || progressDiscount->thresholdPermille > 1000) {
            return fail(Error::invalid(QStringLiteral("progress_discount.threshold"),
                                       tr("The progress threshold must be between 0.1 % and 100 % (got %1 ‰).")
                                           .arg(progressDiscount->thresholdPermille)));
        }
        if (auto ok = BillingMath::checkAmount(progressDiscount->rateMinor, QStringLiteral("progress_discount.rate"));
            !ok) {
            return ok;
        }
        if (progressDiscount->rateMinor >= rateMinor) {
            return fail(Error::invalid(QStringLiteral("progress_discount.rate"),
                                       tr("The discounted rate must be lower than the plan's rate.")));
        }
    }
    return {};
}

} // namespace mentordesk
