// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/EnrollmentProgress.h"
#include "progress/LearnerMastery.h"
#include "progress/ProgressPreferences.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace mentordesk {

class Clock;
class Database;
struct ProgressScope;

/// Runs the pure progress model (docs/progress-model.md) on stored data: held lesson minutes T
/// from lessons and their attendees, E from the enrollment (or calibrated from assessments, as the
/// studio's preferences say), C from the course (or the target minutes of free-form mentoring),
/// the planned end date. "Today" is the clock's date in the studio's time zone. Reads only; every
/// query covers a whole learner, course or the studio at once.
class ProgressService final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressService)

public:
    ProgressService(Database& db, const Clock& clock);

    /// The stored preferences (defaults for keys never set).
    [[nodiscard]] Result<ProgressPreferences> preferences();
    /// Validates and stores the preferences in one transaction.
    [[nodiscard]] Result<ProgressPreferences> savePreferences(const ProgressPreferences& preferences);
    /// Checks every setting; the error names the field ("pace_window_weeks", "mastery_steady_band",
    /// "smoothing", "min_efficiency", "max_efficiency", "min_held_minutes", "idle_days",
    /// "late_percent", "mastery_drop_points", "missed_in_a_row").
    [[nodiscard]] static Result<ProgressPreferences> validate(const ProgressPreferences& preferences);

    /// Today's date in the studio's time zone.
    [[nodiscard]] Result<QDate> today();

    /// One enrollment. Invalid ("enrollment") when it does not exist; Invalid ("target_minutes")
    /// for free-form mentoring without target hours.
    [[nodiscard]] Result<EnrollmentProgress> enrollment(const Id& enrollmentId);
    /// Every enrollment of a learner (all statuses), by start date. Invalid ("learner") when unknown.
    /// Enrollments that cannot be evaluated (free-form without target hours) are left out.
    [[nodiscard]] Result<QList<EnrollmentProgress>> learner(const Id& learnerId);
    /// Every enrollment of a course. Invalid ("course") when unknown.
    [[nodiscard]] Result<QList<EnrollmentProgress>> course(const Id& courseId);
    /// The learner's mastery per topic and per course. Invalid ("learner") when unknown.
    [[nodiscard]] Result<LearnerMastery> learnerMastery(const Id& learnerId);
    /// Active enrollments of active learners with at least one risk flag, ordered by learner name.
    /// Paused, completed and cancelled enrollments are never at risk. A mentor account gets its own only.
    [[nodiscard]] Result<QList<AtRiskEntry>> atRisk();

private:
    [[nodiscard]] Result<QList<EnrollmentProgress>> evaluate(const ProgressScope& scope, bool strict);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
