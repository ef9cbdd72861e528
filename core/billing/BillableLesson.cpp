// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillableLesson.h"

namespace mentordesk {

Result<void> BillableLesson::validate() const
{
    if (lessonId.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("lesson_id"), tr("A billed lesson needs its lesson id.")));
    }
    if (!startsAt.isValid()) {
        return fail(Error::invalid(QStringLiteral("starts_at"), tr("Lesson %1 has no start time.").arg(lessonId)));
    }
    if (plannedMinutes < 1 || plannedMinutes > 1440) {
        return fail(Error::invalid(
            QStringLiteral("planned_minutes"),
            tr("Lesson %1: planned minutes must be between 1 and 1440 (got %2).").arg(lessonId).arg(plannedMinutes)));
    }
    if (actualMinutes && (*actualMinutes < 0 || *actualMinutes > 1440)) {
        return fail(Error::invalid(
            QStringLiteral("actual_minutes"),
            tr("Lesson %1: actual minutes must be between 0 and 1440 (got %2).").arg(lessonId).arg(*actualMinutes)));
    }
    if (progressBefore.denominator <= 0 || progressBefore.numerator < 0 ||
        progressBefore.numerator > progressBefore.denominator) {
        return fail(Error::invalid(QStringLiteral("progress_before"),
                                   tr("Lesson %1: progress must be between 0 and 1.").arg(lessonId)));
    }
    return {};
}

QString BillableLesson::statusKey(BillableStatus status)
{
    switch (status) {
    case BillableStatus::Held:
        return QStringLiteral("held");
    case BillableStatus::CancelledByLearner:
        return QStringLiteral("cancelled_by_learner");
    case BillableStatus::LateCancel:
        return QStringLiteral("late_cancel");
    case BillableStatus::NoShow:
        return QStringLiteral("no_show");
    case BillableStatus::CancelledByMentor:
        return QStringLiteral("cancelled_by_mentor");
    }
    return QStringLiteral("held");
}

bool BillableLesson::earlier(const BillableLesson& a, const BillableLesson& b)
{
    if (a.startsAt != b.startsAt) {
        return a.startsAt < b.startsAt;
    }
    return a.lessonId < b.lessonId;
}

} // namespace mentordesk
