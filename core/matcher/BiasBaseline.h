// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher/RatingMatrix.h"
#include "matcher/RatingModel.h"

#include <vector>

namespace mentordesk {

/// Settings of BiasBaseline (defaults as Surprise's BaselineOnly with ALS).
struct BiasBaselineParams
{
    int iterations = 10;      ///< alternating sweeps (users, then items)
    double userShrink = 15.0; ///< regularisation λ_u: b_u = Σ(r − μ − b_i) / (λ_u + n_u)
    double itemShrink = 10.0; ///< regularisation λ_i: b_i = Σ(r − μ − b_u) / (λ_i + n_i)
};

/// r̂(u, i) = μ + b_u + b_i with biases fitted by regularised alternating least squares. Clamped
/// to the training rating scale. Unknown users or items contribute a zero bias.
class BiasBaseline final : public RatingModel
{
public:
    [[nodiscard]] static BiasBaseline train(const RatingMatrix& ratings, const BiasBaselineParams& params = {});

    [[nodiscard]] QString name() const override { return QStringLiteral("bias"); }
    [[nodiscard]] float predict(int user, int item) const override;
    void scoreItems(int user, std::span<float> scores) const override;

    [[nodiscard]] double userBias(int user) const;
    [[nodiscard]] double itemBias(int item) const;
    [[nodiscard]] double mean() const { return m_mean; }

private:
    double m_mean = 0.0;
    float m_minRating = 0.0F;
    float m_maxRating = 0.0F;
    std::vector<double> m_userBias;
    std::vector<double> m_itemBias;
};

} // namespace mentordesk
