// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace mentordesk {

/// What a learner rates.
enum class RatingTarget
{
    Lesson,
    Mentor,
    Course,
};

/// The stored name: "lesson", "mentor" or "course".
[[nodiscard]] QString ratingTargetToString(RatingTarget target);
/// Parses a stored name (any letter case); nullopt when unknown.
[[nodiscard]] std::optional<RatingTarget> ratingTargetFromString(const QString& text);
/// The translated name shown to users.
[[nodiscard]] QString ratingTargetDisplayName(RatingTarget target);

} // namespace mentordesk
