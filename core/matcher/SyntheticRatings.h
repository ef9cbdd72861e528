// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher/RatingMatrix.h"

#include <cstdint>
#include <vector>

namespace mentordesk {

/// Shape of a planted-factor data set: r(u, i) = mean + b_u + b_i + p_uᵀq_i + ε, with
/// b ~ N(0, biasStd²), every factor component ~ N(0, factorStd²), ε ~ N(0, noiseStd²). Ratings
/// are continuous (neither rounded nor clamped), so noiseStd is exactly the best achievable RMSE.
struct PlantedFactorsSpec
{
    int users = 300;
    int items = 200;
    int ratingsPerUser = 60; ///< distinct items per user, drawn uniformly (capped at `items`)
    int factors = 5;
    double mean = 3.5;
    double biasStd = 0.3;
    double factorStd = 0.5;
    double noiseStd = 0.2;
    std::uint64_t seed = 7;
};

/// A planted data set with the truth behind it.
struct PlantedRatings
{
    RatingMatrix ratings; ///< users "u1"…, items "i1"… (indices follow the numbers)
    double mean = 0.0;
    int factors = 0;
    std::vector<double> userBias;
    std::vector<double> itemBias;
    std::vector<double> userFactors; ///< users × factors
    std::vector<double> itemFactors; ///< items × factors

    /// The noise-free rating of (user index, item index).
    [[nodiscard]] double truth(int user, int item) const;
};

/// Shape of the MovieLens-100k-like generator (defaults: the public set's size).
struct MovieLensShapeSpec
{
    int users = 943;
    int items = 1682;
    int ratings = 100000;
    int minPerUser = 20;
    std::uint64_t seed = 1998;
};

/// Deterministic synthetic rating sets (SeededRandom; same spec → same data).
class SyntheticRatings final
{
public:
    [[nodiscard]] static PlantedRatings planted(const PlantedFactorsSpec& spec = {});
    /// A data set shaped like MovieLens 100k: 1–5 stars with the public set's star histogram
    /// (mean ≈ 3.53), user activity log-normal with at least `minPerUser` ratings each, item
    /// popularity Zipf-like (long tail), ratings driven by user and item biases, 10 latent factors
    /// and noise. Users "1"…, items "1"…. See docs/matcher.md for the recipe.
    [[nodiscard]] static RatingMatrix movieLens100kShaped(const MovieLensShapeSpec& spec = {});
};

} // namespace mentordesk
