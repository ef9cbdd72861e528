// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <span>

namespace mentordesk {

/// A trained model that scores (user, item) pairs given as dense indices of the RatingMatrix it
/// was trained on (or of the matrix its training fold was cut from).
class RatingModel
{
public:
    virtual ~RatingModel() = default;

    /// Stable machine name: "mf", "bias", "global_mean", "popularity".
    [[nodiscard]] virtual QString name() const = 0;
    /// True when predict() estimates a rating (RMSE and MAE apply); false for pure rankers.
    [[nodiscard]] virtual bool predictsRatings() const { return true; }
    /// True when scoreItems() orders items meaningfully; false when every item scores the same.
    [[nodiscard]] virtual bool ranksItems() const { return true; }
    /// Predicted rating clamped to the training rating scale. An index that is out of range
    /// (e.g. −1 for an unknown user) contributes nothing: the model falls back to what it knows.
    [[nodiscard]] virtual float predict(int user, int item) const = 0;
    /// Ranking scores of every item for `user` (scores.size() must equal the item count; higher
    /// is better). Not clamped, so items above the top of the scale still rank apart. The default
    /// calls predict() for each item.
    virtual void scoreItems(int user, std::span<float> scores) const;

protected:
    RatingModel() = default;
    RatingModel(const RatingModel&) = default;
    RatingModel(RatingModel&&) = default;
    RatingModel& operator=(const RatingModel&) = default;
    RatingModel& operator=(RatingModel&&) = default;
};

} // namespace mentordesk
