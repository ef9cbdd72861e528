// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <optional>

namespace mentordesk {

class Database;

/// Read-only lookups of the records lessons and feedback refer to (mentors, enrollments), so these
/// features do not depend on the people and enrollment services.
class LessonReferenceRepository final
{
public:
    struct MentorRef
    {
        Id id;
        QString name;
        bool archived = false;
    };

    struct EnrollmentRef
    {
        Id id;
        Id learnerId;
        Id mentorId;
        Id courseId;    ///< empty for enrollments without a course
        QString status; ///< "active", "paused", "completed" or "cancelled"
        QString learnerName;
    };

    explicit LessonReferenceRepository(Database& db);

    /// The live mentor, or nullopt.
    [[nodiscard]] Result<std::optional<MentorRef>> findMentor(const Id& id);
    /// The live enrollment with its learner's name, or nullopt (also when the learner is deleted).
    [[nodiscard]] Result<std::optional<EnrollmentRef>> findEnrollment(const Id& id);

private:
    Database& m_db;
};

} // namespace mentordesk
