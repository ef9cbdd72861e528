// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"

#include <QJsonObject>

namespace mentordesk {

/// Audit-log details of plan changes. Why: the log is append-only, so details hold ids, dates and
/// amounts only, never free text (labels can name a person, whose data must stay erasable).
class PlanAudit final
{
public:
    [[nodiscard]] static QJsonObject plan(const StoredPlan& p);
    [[nodiscard]] static QJsonObject purchase(const StoredPackagePurchase& p);
    [[nodiscard]] static QJsonObject discount(const StoredDiscount& d);
};

} // namespace mentordesk
