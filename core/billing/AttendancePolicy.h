// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/AttendanceRules.h"
#include "billing/BillableLesson.h"
#include "billing/PriceLine.h"

namespace mentordesk {

/// How much of a lesson is billed, decided from its status and the studio's rules.
struct AttendanceDecision
{
    BillableStatus status = BillableStatus::Held; ///< effective status (a late learner cancellation → LateCancel)
    qint64 shareBp = 0;                           ///< share of the lesson's price billed, 0…10000
    int minutes = 0;                              ///< unrounded minutes the share applies to
    PriceLine::Kind lineKind = PriceLine::Kind::Lesson;
    bool earnsMakeUpCredit = false; ///< a billed late cancellation under make-up credits

    [[nodiscard]] bool billable() const { return shareBp > 0; }
};

/// Applies AttendanceRules to lessons:
/// held → 100 % of the held minutes; late cancel → lateCancelPercent of the planned minutes;
/// no-show → noShowPercent of the planned minutes; learner cancellation in time and mentor
/// cancellation → nothing.
class AttendancePolicy final
{
public:
    explicit AttendancePolicy(AttendanceRules rules);

    [[nodiscard]] AttendanceDecision decide(const BillableLesson& lesson) const;
    /// A learner cancellation is late when cancelledAt is later than (start − lateCancelHours).
    /// A cancellation without a time counts as timely; the recorded status LateCancel is always late.
    [[nodiscard]] bool isLateCancellation(const BillableLesson& lesson) const;

private:
    AttendanceRules m_rules;
};

} // namespace mentordesk
