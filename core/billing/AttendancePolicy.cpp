// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/AttendancePolicy.h"

namespace mentordesk {

AttendancePolicy::AttendancePolicy(AttendanceRules rules)
    : m_rules(rules)
{}

bool AttendancePolicy::isLateCancellation(const BillableLesson& lesson) const
{
    if (lesson.status == BillableStatus::LateCancel) {
        return true;
    }
    if (lesson.status != BillableStatus::CancelledByLearner || !lesson.cancelledAt.isValid() ||
        m_rules.lateCancelHours == 0) {
        return false;
    }
    const QDateTime deadline = lesson.startsAt.addSecs(-qint64{3600} * m_rules.lateCancelHours);
    return lesson.cancelledAt > deadline;
}

AttendanceDecision AttendancePolicy::decide(const BillableLesson& lesson) const
{
    AttendanceDecision d;
    d.status = lesson.status;
    d.minutes = lesson.plannedMinutes;
    switch (lesson.status) {
    case BillableStatus::Held:
        d.shareBp = 10000;
        d.minutes = lesson.heldMinutes();
        d.lineKind = PriceLine::Kind::Lesson;
        return d;
    case BillableStatus::NoShow:
        d.shareBp = m_rules.noShowPercentBp;
        d.lineKind = PriceLine::Kind::NoShow;
        return d;
    case BillableStatus::CancelledByLearner:
    case BillableStatus::LateCancel:
        if (!isLateCancellation(lesson)) {
            d.shareBp = 0;
            return d;
        }
        d.status = BillableStatus::LateCancel;
        d.shareBp = m_rules.lateCancelPercentBp;
        d.lineKind = PriceLine::Kind::LateCancel;
        d.earnsMakeUpCredit = m_rules.makeUpCredits && d.shareBp > 0;
        return d;
    case BillableStatus::CancelledByMentor:
        d.shareBp = 0;
        return d;
    }
    return d;
}

} // namespace mentordesk
