// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mentordesk {

/// The "First steps" checklist of a new studio (Today page): which steps the signed-in account may
/// take at all (`show…`) and which the studio's data shows as done. Computed by FirstStepsService.
struct FirstSteps
{
    bool showAddLearner = false; ///< the account may add learners
    bool showSchedule = false;   ///< … schedule lessons
    bool showAttendance = false; ///< … record attendance
    bool showBilling = false;    ///< … run billing
    bool hasLearner = false;     ///< a learner exists (archived ones count)
    bool hasLesson = false;      ///< a lesson exists
    bool hasRecorded = false;    ///< a lesson has an outcome (held, cancelled, no-show…)
    bool hasInvoice = false;     ///< an invoice exists (a draft from a billing run counts)

    /// True when every shown step that is not optional is done (recording attendance is optional:
    /// a studio may bill packages or subscriptions without it). Then the checklist disappears.
    [[nodiscard]] bool complete() const
    {
        return (!showAddLearner || hasLearner) && (!showSchedule || hasLesson) && (!showBilling || hasInvoice);
    }
    /// True when the account may take none of the steps (nothing to show).
    [[nodiscard]] bool empty() const { return !showAddLearner && !showSchedule && !showAttendance && !showBilling; }
};

} // namespace mentordesk
