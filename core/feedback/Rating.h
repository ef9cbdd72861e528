// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "feedback/RatingTarget.h"

namespace mentordesk {

/// A learner's rating of a lesson, a mentor or a course. A learner has at most one live rating per
/// target; rating again replaces it.
struct Rating
{
    RecordMeta meta;
    Id learnerId;
    RatingTarget target = RatingTarget::Course;
    Id lessonId;       ///< set when target is Lesson
    Id mentorId;       ///< set when target is Mentor
    Id courseId;       ///< set when target is Course
    int stars = 0;     ///< 1–5
    QString comment;   ///< at most 2000 characters
    QDateTime ratedAt; ///< UTC

    /// The id of whatever is rated.
    [[nodiscard]] const Id& targetId() const
    {
        return target == RatingTarget::Lesson ? lessonId : target == RatingTarget::Mentor ? mentorId : courseId;
    }
};

/// What a learner gives when rating.
struct RatingInput
{
    Id learnerId;
    RatingTarget target = RatingTarget::Course;
    Id targetId; ///< the lesson, mentor or course
    int stars = 0;
    QString comment;
    QDateTime ratedAt{}; ///< when the learner rated (imports of past ratings); invalid = now; never in the future
};

/// List filter; every set id must match (`mentorId` matches ratings of that mentor, `lessonId` of that lesson…).
struct RatingFilter
{
    Id learnerId;
    Id lessonId;
    Id mentorId;
    Id courseId;
};

} // namespace mentordesk
