// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/EnrollmentSummary.h"
#include "progress/ProgressInput.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace mentordesk {

class LocalTimeSql;
class ProgressRepository;
class StudioTimeZone;

/// Lesson lists for a studio-wide progress run that read only the recent lessons one by one.
///
/// Per enrollment the list holds: the held minutes before the pace window, summed in SQL, as held
/// events on the day of the last held lesson before the window (split into chunks of at most
/// 1440 minutes); the lessons after that last held lesson when none was held inside the window (the
/// trailing run of misses); and every lesson inside the pace window. For the model that list is
/// equivalent to the full history — same T, same recent pace and projection, same last held day,
/// same trailing misses — except for calibrating E from assessments made before the window, so
/// callers must not use the calibration it yields.
class CompactLessonHistory final
{
public:
    [[nodiscard]] static Result<QHash<Id, QList<LessonEvent>>>
    load(ProgressRepository& repo, const ProgressScope& scope, const StudioTimeZone& zone, const LocalTimeSql& local,
         QDate asOf, int paceWindowWeeks, const QList<EnrollmentSummary>& enrollments);
};

} // namespace mentordesk
