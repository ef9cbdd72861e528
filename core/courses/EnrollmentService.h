// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "courses/Enrollment.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for enrollments. Each call validates its input and runs in one transaction; nothing is
/// written when a call fails. Field keys: "learner_id", "mentor_id", "course_id", "title",
/// "efficiency_permille", "target_minutes", "start_date", "planned_end_date".
class EnrollmentService final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentService)

public:
    /// Used when no efficiency is given: E = 0.8.
    static constexpr int kDefaultEfficiencyPermille = 800;

    EnrollmentService(Database& db, const Clock& clock);

    /// Enrolls a learner with a mentor in a course, or in free-form mentoring when no course is
    /// given. Learner, mentor and course must exist and not be archived. Conflict ("course_id")
    /// when the learner already has an ACTIVE enrollment in the course.
    [[nodiscard]] Result<Enrollment> enroll(const EnrollmentInput& input);
    /// Replaces mentor, title, efficiency, target and dates. `expectedVersion` 0 = don't check.
    [[nodiscard]] Result<Enrollment> edit(const Id& id, const EnrollmentChanges& changes, qint64 expectedVersion = 0);
    /// Moves the enrollment to `status`. Refused when it already is there; Conflict ("course_id") when
    /// re-activating it would give the learner two ACTIVE enrollments in the course.
    [[nodiscard]] Result<Enrollment> setStatus(const Id& id, EnrollmentStatus status);
    /// The enrollment, or NotFound.
    [[nodiscard]] Result<Enrollment> get(const Id& id);
    [[nodiscard]] Result<Page<Enrollment>> list(const EnrollmentFilter& filter, PageRequest page = {});
    /// Every enrollment of the learner, newest start first.
    [[nodiscard]] Result<QList<Enrollment>> forLearner(const Id& learnerId);

private:
    /// Checks everything but learner and course, which `enroll` and `edit` handle; fills defaults from
    /// `courseTitle` / `courseMinutes` (empty / 0 for free-form mentoring).
    [[nodiscard]] Result<Enrollment> applyChanges(Enrollment e, const EnrollmentChanges& changes,
                                                  const QString& courseTitle, int courseMinutes, bool checkMentor);
    /// Conflict when the learner has another ACTIVE enrollment in the course.
    [[nodiscard]] Result<void> requireNoOtherActive(const Enrollment& e);
    /// Today in the studio's time zone.
    [[nodiscard]] QDate today();

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
