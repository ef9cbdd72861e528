// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/Plan.h"
#include "common/RecordMeta.h"

namespace mentordesk {

/// A plan as stored: attached to an enrollment from its effective date, or (no enrollment) one of the
/// plans the studio offers, which the plan advisor quotes. `plan.id` equals `meta.id`.
struct StoredPlan
{
    RecordMeta meta;
    Id enrollmentId; ///< empty: a plan the studio offers
    Plan plan;
};

/// A package bought under a package plan (a row of `package_purchases`).
struct StoredPackagePurchase
{
    RecordMeta meta;
    Id planId;
    Id enrollmentId;
    QDate purchasedOn;
    qint64 minutes = 0;
    qint64 priceMinor = 0;
    QDate validUntil; ///< invalid = no expiry
};

/// A discount row: for a payer (all their lines) or for one plan.
struct StoredDiscount
{
    RecordMeta meta;
    Id payerId; ///< set for payer discounts
    Id planId;  ///< set for plan discounts
    QString label;
    bool percent = true; ///< value in basis points; else a fixed amount in minor units
    qint64 value = 0;
};

} // namespace mentordesk
