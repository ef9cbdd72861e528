// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Enrollment.h"
#include "importexport/ReferenceIndex.h"

#include <QCoreApplication>
#include <QHash>

namespace mentordesk {

class Clock;
class Database;

/// Finds the enrollment a lesson row means: the one named by its id, or the learner's only active
/// or paused enrollment (in the course the row names, matched by course id, course title or
/// enrollment title). Enrollments are read once per learner and import run.
class EnrollmentPicker final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentPicker)

public:
    EnrollmentPicker(Database& db, const Clock& clock);

    /// The enrollment `text` names; Invalid "enrollment" when the id is malformed or unknown.
    [[nodiscard]] Result<Enrollment> byId(const QString& text);
    /// The learner's enrollment in `course` (any when empty). Invalid "learner" (no course given)
    /// or "course" when none or several fit; the message names the learner and the candidates.
    [[nodiscard]] Result<Enrollment> forLearner(const Id& learnerId, const QString& learnerName, const QString& course);

private:
    Database& m_db;
    const Clock& m_clock;
    ReferenceIndex m_courses;
    QHash<Id, Enrollment> m_byId;
    QHash<Id, QList<Enrollment>> m_byLearner;
};

} // namespace mentordesk
