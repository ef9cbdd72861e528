// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher/RatingMatrix.h"
#include "matcher/RatingModel.h"

namespace mentordesk {

/// Predicts the mean of all training ratings for every pair: the floor any model must beat.
/// It has no ranking opinion (every item scores the same), so the evaluation reports only its
/// RMSE and MAE.
class GlobalMeanBaseline final : public RatingModel
{
public:
    [[nodiscard]] static GlobalMeanBaseline train(const RatingMatrix& ratings);

    [[nodiscard]] QString name() const override { return QStringLiteral("global_mean"); }
    [[nodiscard]] bool ranksItems() const override { return false; }
    [[nodiscard]] float predict(int user, int item) const override;
    [[nodiscard]] float mean() const { return m_mean; }

private:
    float m_mean = 0.0F;
};

} // namespace mentordesk
