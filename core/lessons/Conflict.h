// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDateTime>
#include <optional>

namespace mentordesk {

/// Why an existing lesson clashes with a proposed one.
enum class ConflictKind
{
    MentorDoubleBooked,  ///< the mentor already teaches then
    LearnerDoubleBooked, ///< one of the learners already attends a lesson then
};

/// One existing (scheduled or held) lesson that overlaps a proposed lesson.
struct Conflict
{
    Id lessonId; ///< the existing lesson
    ConflictKind kind = ConflictKind::MentorDoubleBooked;
    std::optional<Id> learnerId; ///< set for LearnerDoubleBooked
    QString who;                 ///< the mentor's or learner's name
    QDateTime startsAt;          ///< existing lesson, UTC
    QDateTime endsAt;            ///< existing lesson, UTC
    QDateTime proposedStartsAt;  ///< the proposed lesson (or series occurrence) that clashes, UTC
    QString description;         ///< translated one-line explanation with local times
};

/// The stored name of a conflict kind: "mentor_double_booked" or "learner_double_booked".
[[nodiscard]] inline QString conflictKindName(ConflictKind kind)
{
    return kind == ConflictKind::MentorDoubleBooked ? QStringLiteral("mentor_double_booked")
                                                    : QStringLiteral("learner_double_booked");
}

} // namespace mentordesk
