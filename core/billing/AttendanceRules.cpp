// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/AttendanceRules.h"

namespace mentordesk {

Result<void> AttendanceRules::validate() const
{
    if (lateCancelHours < 0 || lateCancelHours > 720) {
        return fail(Error::invalid(
            QStringLiteral("late_cancel_hours"),
            tr("The late-cancellation notice must be between 0 and 720 hours (got %1).").arg(lateCancelHours)));
    }
    if (lateCancelPercentBp < 0 || lateCancelPercentBp > 10000) {
        return fail(Error::invalid(QStringLiteral("late_cancel_percent"),
                                   tr("The share billed for a late cancellation must be between 0 % and 100 %.")));
    }
    if (noShowPercentBp < 0 || noShowPercentBp > 10000) {
        return fail(Error::invalid(QStringLiteral("no_show_percent"),
                                   tr("The share billed for a no-show must be between 0 % and 100 %.")));
    }
    return {};
}

} // namespace mentordesk
