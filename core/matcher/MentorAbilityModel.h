// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace mentordesk {

/// Weights of M(m) = wS·(S−1)/4 + wE·y/(y + h) + wC·(R−1)/4 (the three weights are divided by
/// their sum).
struct MentorAbilityWeights
{
    double skill = 0.4;               ///< S: skill level in the topic, 1–5
    double experience = 0.2;          ///< y: years of teaching, saturating
    double coaching = 0.4;            ///< R: Bayesian average of the mentor's ratings, 1–5
    double halfSaturationYears = 5.0; ///< h: years at which experience counts half
};

/// Mentor ability M(m) = g(skill, experience, coaching) in [0, 1] (docs/matcher.md).
class MentorAbilityModel final
{
    Q_DECLARE_TR_FUNCTIONS(MentorAbilityModel)

public:
    /// Checks weights from settings (each ≥ 0, sum > 0, h > 0; field "weights") and scales the
    /// three weights to sum 1.
    [[nodiscard]] static Result<MentorAbilityWeights> normalised(const MentorAbilityWeights& weights);
    /// M(m). Inputs are clamped (S to 1–5, years to ≥ 0, R to 1–5); invalid weights fall back to the defaults.
    [[nodiscard]] static double score(double skillLevel, double yearsTeaching, double coachingRating,
                                      const MentorAbilityWeights& weights = {});
};

} // namespace mentordesk
