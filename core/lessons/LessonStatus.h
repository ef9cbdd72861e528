// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace mentordesk {

/// What happened to a lesson (or to one attendee of a group lesson).
enum class LessonStatus
{
    Scheduled,          ///< planned, not yet recorded
    Held,               ///< took place
    CancelledByLearner, ///< cancelled by the learner in time
    LateCancel,         ///< cancelled by the learner too late (billing decides what that costs)
    NoShow,             ///< the learner did not come
    CancelledByMentor,  ///< cancelled by the mentor or the studio
};

/// The stored name: "scheduled", "held", "cancelled_by_learner", "late_cancel", "no_show", "cancelled_by_mentor".
[[nodiscard]] QString lessonStatusToString(LessonStatus status);
/// Parses a stored name (also accepts "-" for "_" and any letter case); nullopt when unknown.
[[nodiscard]] std::optional<LessonStatus> lessonStatusFromString(const QString& text);
/// The translated name shown to users ("Late cancellation").
[[nodiscard]] QString lessonStatusDisplayName(LessonStatus status);
/// True for the statuses that occupy their time slot (scheduled, held): only those can conflict.
[[nodiscard]] bool lessonStatusBlocksSlot(LessonStatus status);
/// True for the three cancellation statuses.
[[nodiscard]] bool lessonStatusIsCancellation(LessonStatus status);

} // namespace mentordesk
