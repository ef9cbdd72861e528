// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/BiasBaseline.h"

#include <algorithm>

namespace mentordesk {

BiasBaseline BiasBaseline::train(const RatingMatrix& ratings, const BiasBaselineParams& params)
{
    BiasBaseline b;
    b.m_mean = ratings.mean();
    b.m_minRating = ratings.minRating();
    b.m_maxRating = ratings.maxRating();
    const auto users = static_cast<std::size_t>(ratings.userCount());
    const auto items = static_cast<std::size_t>(ratings.itemCount());
    b.m_userBias.assign(users, 0.0);
    b.m_itemBias.assign(items, 0.0);
    const std::span<const int> us = ratings.users();
    const std::span<const int> is = ratings.items();
    const std::span<const float> rs = ratings.ratings();

    std::vector<int> userCount(users, 0);
    std::vector<int> itemCount(items, 0);
    for (std::size_t e = 0; e < rs.size(); ++e) {
        ++userCount[static_cast<std::size_t>(us[e])];
        ++itemCount[static_cast<std::size_t>(is[e])];
    }
    std::vector<double> userSum(users);
    std::vector<double> itemSum(items);
    for (int iteration = 0; iteration < params.iterations; ++iteration) {
        std::fill(userSum.begin(), userSum.end(), 0.0);
        for (std::size_t e = 0; e < rs.size(); ++e) {
            userSum[static_cast<std::size_t>(us[e])] +=
                rs[e] - b.m_mean - b.m_itemBias[static_cast<std::size_t>(is[e])];
        }
        for (std::size_t u = 0; u < users; ++u) {
            b.m_userBias[u] = userSum[u] / (params.userShrink + userCount[u]);
        }
        std::fill(itemSum.begin(), itemSum.end(), 0.0);
        for (std::size_t e = 0; e < rs.size(); ++e) {
            itemSum[static_cast<std::size_t>(is[e])] +=
                rs[e] - b.m_mean - b.m_userBias[static_cast<std::size_t>(us[e])];
        }
        for (std::size_t i = 0; i < items; ++i) {
            b.m_itemBias[i] = itemSum[i] / (params.itemShrink + itemCount[i]);
        }
    }
    return b;
}

double BiasBaseline::userBias(int user) const
{
    return user >= 0 && static_cast<std::size_t>(user) < m_userBias.size() ? m_userBias[static_cast<std::size_t>(user)]
                                                                           : 0.0;
}

double BiasBaseline::itemBias(int item) const
{
    return item >= 0 && static_cast<std::size_t>(item) < m_itemBias.size() ? m_itemBias[static_cast<std::size_t>(item)]
                                                                           : 0.0;
}

float BiasBaseline::predict(int user, int item) const
{
    const double r = m_mean + userBias(user) + itemBias(item);
    return std::clamp(static_cast<float>(r), m_minRating, m_maxRating);
}

void BiasBaseline::scoreItems(int user, std::span<float> scores) const
{
    const double base = m_mean + userBias(user);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        scores[i] = static_cast<float>(base + itemBias(static_cast<int>(i)));
    }
}

} // namespace mentordesk
