// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/BillingReportRepository.h"

namespace mentordesk {

/// A package purchase as of a day: what remains, whether it expired, whether its plan runs low.
struct PackageStatus
{
    BillingReportRepository::PackageRow package;
    qint64 remainingMinutes = 0; ///< minutes − used (forfeited when expired)
    bool expired = false;        ///< valid_until is before the day
    /// The plan's remaining minutes in its unexpired packages are at or below its low-balance minutes
    /// (set on the plan's unexpired packages only).
    bool lowBalance = false;
};

} // namespace mentordesk
