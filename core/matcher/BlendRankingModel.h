// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher/BlendWeights.h"
#include "matcher/RatingModel.h"

#include <memory>

namespace mentordesk {

class CourseCatalog;
class CourseRecommender;
class MatrixFactorization;
class RatingMatrix;
class TopicGraph;

/// The course blend as a RatingModel, for offline evaluation on a bare rating matrix (no topics,
/// levels or hours): every item becomes a course whose quality is its Bayesian training rating
/// alone (CourseQualityWeights 0/0/1) and whose popularity is its number of training ratings, and
/// CourseRecommender ranks them with `weights` — the content weight is dropped because there is no
/// content (D ≡ 1). Ranking only: predictsRatings() is false (the rating model inside is "mf").
class BlendRankingModel final : public RatingModel
{
public:
    /// `model` was trained on `train` (same index space). Keeps a copy of it.
    BlendRankingModel(const RatingMatrix& train, const MatrixFactorization& model, const BlendWeights& weights = {});
    ~BlendRankingModel() override;
    BlendRankingModel(BlendRankingModel&&) noexcept;
    BlendRankingModel& operator=(BlendRankingModel&&) noexcept;
    BlendRankingModel(const BlendRankingModel&) = delete;
    BlendRankingModel& operator=(const BlendRankingModel&) = delete;

    [[nodiscard]] QString name() const override { return QStringLiteral("blend"); }
    [[nodiscard]] bool predictsRatings() const override { return false; }
    /// The MF prediction (for completeness; the evaluation does not use it).
    [[nodiscard]] float predict(int user, int item) const override;
    void scoreItems(int user, std::span<float> scores) const override;

private:
    std::unique_ptr<MatrixFactorization> m_model;
    std::unique_ptr<CourseCatalog> m_catalog;
    std::unique_ptr<TopicGraph> m_graph;
    std::unique_ptr<CourseRecommender> m_recommender;
    QStringList m_userIds;
};

} // namespace mentordesk
