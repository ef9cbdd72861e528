// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "feedback/Rating.h"

namespace mentordesk {

/// The studio's feedback settings (meta key "feedback.blind_ratings").
struct FeedbackPreferences
{
    /// Blind mode: a mentor sees a learner's rating only after giving their own assessment of that
    /// learner — an assessment dated at or after the rated lesson's start (lesson ratings) or the
    /// rating itself (mentor and course ratings). Off by default.
    bool blindRatings = false;
};

/// The ratings one mentor may see.
struct MentorRatingView
{
    Page<Rating> ratings;
    qint64 hidden = 0;  ///< ratings matching the filter that blind mode keeps from the mentor
    bool blind = false; ///< blind mode was on
};

} // namespace mentordesk
