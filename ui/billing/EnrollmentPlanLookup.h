// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk {

class StudioSession;

/// The plan the billing-event dialogs (package bought, milestone reached, module started) act on: the
/// enrollment's plan in force today, or its first plan when all of them start later.
class EnrollmentPlanLookup final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentPlanLookup)

public:
    [[nodiscard]] static std::optional<StoredPlan> current(StudioSession& session, const Id& enrollmentId);
    /// Today in the studio's time zone.
    [[nodiscard]] static QDate today(StudioSession& session);
    /// Why an action needing a plan of `kind` is unavailable for `plan` ("" when it is available).
    [[nodiscard]] static QString unavailableReason(const std::optional<StoredPlan>& plan, PlanKind kind);
};

} // namespace mentordesk
