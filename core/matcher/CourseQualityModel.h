// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace mentordesk {

/// Weights of C(c) = wQ·Q/10 + wU·U/10 + wR·(R−1)/4 (they are divided by their sum).
struct CourseQualityWeights
{
    double quality = 0.4;      ///< Q: the course's quality, 1–10
    double practicality = 0.3; ///< U: practical usefulness, 1–10
    double rating = 0.3;       ///< R: Bayesian average learner rating, 1–5
};

/// Course quality C(c) = h(Q, U, R) in [0, 1] (docs/matcher.md, "Feedback-derived figures").
class CourseQualityModel final
{
    Q_DECLARE_TR_FUNCTIONS(CourseQualityModel)

public:
    /// Checks weights from settings (each ≥ 0, sum > 0; field "weights") and scales them to sum 1.
    [[nodiscard]] static Result<CourseQualityWeights> normalised(const CourseQualityWeights& weights);
    /// C(c). Inputs are clamped to their ranges (Q, U to 1–10, R to 1–5); weights are divided by
    /// their sum, and invalid weights (negative or summing to 0) fall back to the defaults.
    [[nodiscard]] static double score(double quality, double practicality, double rating,
                                      const CourseQualityWeights& weights = {});
};

} // namespace mentordesk
