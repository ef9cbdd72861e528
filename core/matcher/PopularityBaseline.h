// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher/RatingMatrix.h"
#include "matcher/RatingModel.h"

#include <vector>

namespace mentordesk {

/// Ranks items by how many training ratings they have, the same list for everybody. A ranking
/// baseline only: predict() returns the global mean, and the evaluation reports no RMSE/MAE for it.
class PopularityBaseline final : public RatingModel
{
public:
    [[nodiscard]] static PopularityBaseline train(const RatingMatrix& ratings);

    [[nodiscard]] QString name() const override { return QStringLiteral("popularity"); }
    [[nodiscard]] bool predictsRatings() const override { return false; }
    [[nodiscard]] float predict(int user, int item) const override;
    void scoreItems(int user, std::span<float> scores) const override;
    /// Number of training ratings of `item` (0 for an unknown item).
    [[nodiscard]] int count(int item) const;

private:
    float m_mean = 0.0F;
    std::vector<int> m_counts;
};

} // namespace mentordesk
