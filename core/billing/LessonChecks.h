// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillableLesson.h"

#include <QCoreApplication>
#include <QList>

namespace mentordesk {

/// Input checks the calculators share.
class LessonChecks final
{
    Q_DECLARE_TR_FUNCTIONS(LessonChecks)

public:
    /// Each lesson valid (keys "lessons[i].planned_minutes"…), no lesson id twice ("lessons[i].lesson_id").
    [[nodiscard]] static Result<void> lessons(const QList<BillableLesson>& lessons);
    /// E in 50…2000 ‰ ("efficiency_permille") and C ≥ 1 minute ("content_minutes").
    [[nodiscard]] static Result<void> progressModel(int efficiencyPermille, qint64 contentMinutes);
};

} // namespace mentordesk
