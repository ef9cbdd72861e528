// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/SubscriptionPlan.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

namespace mentordesk {

Result<void> SubscriptionPlan::validate() const
{
    if (auto ok = BillingMath::checkAmount(feeMinor, QStringLiteral("fee")); !ok) {
        return ok;
    }
    if (includedMinutes < 0 || includedMinutes > 10080LL * 5) {
        return fail(Error::invalid(QStringLiteral("included_minutes"),
                                   tr("Included minutes must be between 0 (unlimited) and %1.").arg(10080 * 5)));
    }
    if (auto ok = BillingMath::checkAmount(overageRateMinor, QStringLiteral("overage_rate")); !ok) {
        return ok;
    }
    if (unlimited() && rollover != Rollover::None) {
        return fail(Error::invalid(QStringLiteral("rollover"),
                                   tr("An unlimited subscription has no unused minutes to roll over.")));
    }
    if (rollover == Rollover::Capped && (rolloverCapMinutes < 1 || rolloverCapMinutes > 10080LL * 5)) {
        return fail(Error::invalid(QStringLiteral("rollover_cap_minutes"),
                                   tr("A capped rollover needs a cap between 1 and %1 minutes.").arg(10080 * 5)));
    }
    if (weekStartsOn < 1 || weekStartsOn > 7) {
        return fail(Error::invalid(QStringLiteral("week_starts_on"),
                                   tr("The first day of the week must be 1 (Monday) to 7 (Sunday).")));
    }
    if (auto ok = rounding.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("rounding")));
    }
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const Pause& p = pauses[i];
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from) {
            return fail(Error::invalid(FieldKey::indexed(QStringLiteral("pauses"), i, QStringLiteral("to")),
                                       tr("A pause needs a first and a last day, the last not before the first.")));
        }
    }
    return {};
}

} // namespace mentordesk
