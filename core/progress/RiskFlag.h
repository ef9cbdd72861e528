// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace mentordesk {

/// Why an enrollment is at risk.
enum class RiskReason
{
    NoRecentLesson, ///< no held lesson for N days
    BehindPlan,     ///< the pace projects a finish well past the planned end
    FallingMastery, ///< a topic's last assessment dropped by at least the threshold
    MissedLessons,  ///< K learner cancellations / no-shows in a row
};

/// One at-risk finding: the reason and the figures behind it. Parameter keys per reason are
/// listed in docs/progress-model.md; dates are "YYYY-MM-DD" strings, counts ints.
struct RiskFlag
{
    RiskReason reason = RiskReason::NoRecentLesson;
    QVariantMap parameters;
};

} // namespace mentordesk
