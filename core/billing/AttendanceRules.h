// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace mentordesk {

/// The studio's attendance rules: what a cancelled or missed lesson costs.
struct AttendanceRules
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRules)

public:
    int lateCancelHours = 24;           ///< a learner cancelling less than this before the start cancels late; 0…720
    qint64 lateCancelPercentBp = 10000; ///< share of the lesson price a late cancellation costs (0…10000)
    qint64 noShowPercentBp = 10000;     ///< share a no-show costs (default 100 %)
    bool makeUpCredits = false;         ///< a billed late cancellation earns one make-up lesson

    /// Field keys: "late_cancel_hours", "late_cancel_percent", "no_show_percent".
    [[nodiscard]] Result<void> validate() const;
};

} // namespace mentordesk
