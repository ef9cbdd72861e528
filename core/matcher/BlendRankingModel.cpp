// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/BlendRankingModel.h"

#include "courses/TopicGraph.h"
#include "matcher/CourseCatalog.h"
#include "matcher/CourseRecommender.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/RatingMatrix.h"

#include <algorithm>
#include <cmath>

namespace mentordesk {

BlendRankingModel::BlendRankingModel(const RatingMatrix& train, const MatrixFactorization& model,
                                     const BlendWeights& weights)
    : m_model(std::make_unique<MatrixFactorization>(model))
    , m_graph(std::make_unique<TopicGraph>())
    , m_userIds(train.userIds())
{
    QList<CourseInfo> items;
    items.reserve(train.itemCount());
    for (int i = 0; i < train.itemCount(); ++i) {
        CourseInfo c;
        c.id = train.itemId(i);
        c.level = 1;
        c.contentMinutes = 1;
        items.append(c);
    }
    const std::span<const int> is = train.items();
    const std::span<const float> rs = train.ratings();
    for (std::size_t e = 0; e < is.size(); ++e) {
        CourseInfo& c = items[is[e]];
        ++c.ratingCount;
        c.ratingSum += rs[e];
        ++c.learners;
    }
    m_catalog = std::make_unique<CourseCatalog>(CourseCatalog::build(items, {}, CourseQualityWeights{0.0, 0.0, 1.0}));
    CourseRecommenderSettings settings;
    settings.weights = weights;
    settings.weights.content = 0.0;
    if (!(settings.weights.sum() > 0.0)) {
        settings.weights = {0.0, 0.0, 1.0, 0.0};
    }
    // D ≡ 1: level fit only, every item at the learner's level with no stretch.
    settings.content =
        ContentFitSettings{.goalWeight = 0.0, .levelWeight = 1.0, .timeWeight = 0.0, .levelStretch = 0.0};
    m_recommender = std::make_unique<CourseRecommender>(*m_catalog, *m_graph, m_model.get(), settings);
}

BlendRankingModel::~BlendRankingModel() = default;
BlendRankingModel::BlendRankingModel(BlendRankingModel&&) noexcept = default;
BlendRankingModel& BlendRankingModel::operator=(BlendRankingModel&&) noexcept = default;

float BlendRankingModel::predict(int user, int item) const
{
    return m_model->predict(user, item);
}

void BlendRankingModel::scoreItems(int user, std::span<float> scores) const
{
    LearnerProfile learner;
    learner.id = user >= 0 && user < m_userIds.size() ? m_userIds.at(user) : QString();
    learner.level = 1;
    learner.weeklyMinutes = 60;
    const std::vector<float> all = m_recommender->scoreAll(learner);
    const std::size_t n = std::min(all.size(), scores.size());
    std::copy_n(all.cbegin(), n, scores.begin());
    std::fill(scores.begin() + static_cast<std::ptrdiff_t>(n), scores.end(), 0.0F);
}

} // namespace mentordesk
