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
/// Per enrollment the list holds every lesson inside the pace window and:
/// - when a lesson was held inside the window: the held minutes before the window as held events on
///   the day before the window (chunks of at most 1440 minutes). They come from the trigger-kept
///   `enrollment_held_minutes` (schema 4) minus the held minutes inside the window and after today,
///   so no old lesson is read;
/// - otherwise: the enrollment's whole history before the window (its last held day and trailing
///   run of misses matter then; such enrollments are few).
/// For the model that list is equivalent to the full history — same T, same recent pace and
/// projection, same last held day, same trailing misses — except for calibrating E from assessments
/// made before the window, so callers must not use the calibration it yields.
class CompactLessonHistory final
{
public:
    [[nodiscard]] static Result<QHash<Id, QList<LessonEvent>>>
    load(ProgressRepository& repo, const ProgressScope& scope, const StudioTimeZone& zone, const LocalTimeSql& local,
         QDate asOf, int paceWindowWeeks, const QList<EnrollmentSummary>& enrollments);
};

} // namespace mentordesk
