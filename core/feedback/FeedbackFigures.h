// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "matcher/BayesianRating.h"

#include <QString>

namespace mentordesk {

/// A course's feedback-derived figures (docs/matcher.md, "Feedback-derived figures").
struct CourseFigures
{
    Id courseId;
    QString title;
    int quality = 0;           ///< Q, 1–10
    int practicality = 0;      ///< U, 1–10
    RatedTarget rating;        ///< R(c): Bayesian average of the course's ratings, with count and raw mean
    double qualityScore = 0.0; ///< C(c) = h(Q, U, R) in [0, 1]
};

/// A mentor's coaching score: the Bayesian average of the learners' ratings of the mentor.
struct MentorFigures
{
    Id mentorId;
    QString name;
    RatedTarget coaching;
};

} // namespace mentordesk
