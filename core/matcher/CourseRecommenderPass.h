// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to CourseRecommender: the state of one scoring pass over the catalogue.
#pragma once

#include "matcher/CourseRecommender.h"

namespace mentordesk {

/// Weights used, the learner's model index and the sums behind the candidate averages (the
/// reference point of the explanations).
struct CourseRecommender::Pass
{
    float alpha = 0.0F;
    float beta = 0.0F;
    float gamma = 0.0F;
    float delta = 0.0F;
    float coldScale = 1.0F; ///< 1 / (α + β + δ): the scale when the γ term is dropped
    float wGoal = 0.0F;
    float wLevel = 0.0F;
    float wTime = 0.0F;
    int user = -1;         ///< the learner's model index
    float cfBase = 0.0F;   ///< μ + b_u of the learner
    double userNorm = 0.0; ///< ‖p_u‖
    float cfMin = 0.0F;
    float cfScale = 0.0F;

    double sumGoal = 0.0;
    double sumLevel = 0.0;
    double sumTime = 0.0;
    double sumContent = 0.0;
    double sumQuality = 0.0;
    double sumPopularity = 0.0;
    double sumCf = 0.0;
    int count = 0;   ///< candidates (courses not taken)
    int cfCount = 0; ///< candidates the collaborative filter scored

    [[nodiscard]] double mean(double sum) const { return count > 0 ? sum / count : 0.0; }
    [[nodiscard]] double meanCf() const { return cfCount > 0 ? sumCf / cfCount : 0.0; }
};

} // namespace mentordesk
