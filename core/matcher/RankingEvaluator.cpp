// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RankingEvaluator.h"

#include "matcher/Metrics.h"
#include "matcher/TopN.h"

#include <algorithm>
#include <vector>

namespace mentordesk {

namespace {

/// Items of each user in compressed-row form: items[offsets[u] … offsets[u+1]).
struct UserRows
{
    std::vector<int> offsets;
    std::vector<int> items;

    [[nodiscard]] std::span<const int> of(int user) const
    {
        const auto u = static_cast<std::size_t>(user);
        return std::span<const int>(items).subspan(static_cast<std::size_t>(offsets[u]),
                                                   static_cast<std::size_t>(offsets[u + 1] - offsets[u]));
    }
};

UserRows rowsOf(const RatingMatrix& m, int userCount, float minRating, bool filter)
{
    UserRows rows;
    rows.offsets.assign(static_cast<std::size_t>(userCount) + 1, 0);
    const std::span<const int> us = m.users();
    const std::span<const float> rs = m.ratings();
    for (std::size_t e = 0; e < rs.size(); ++e) {
        if (!filter || rs[e] >= minRating) {
            ++rows.offsets[static_cast<std::size_t>(us[e]) + 1];
        }
    }
    for (std::size_t u = 0; u < static_cast<std::size_t>(userCount); ++u) {
        rows.offsets[u + 1] += rows.offsets[u];
    }
    rows.items.resize(static_cast<std::size_t>(rows.offsets.back()));
    std::vector<int> fill(rows.offsets.begin(), rows.offsets.end() - 1);
    const std::span<const int> is = m.items();
    for (std::size_t e = 0; e < rs.size(); ++e) {
        if (!filter || rs[e] >= minRating) {
            rows.items[static_cast<std::size_t>(fill[static_cast<std::size_t>(us[e])]++)] = is[e];
        }
    }
    return rows;
}

} // namespace

RankingResult RankingEvaluator::evaluate(const RatingModel& model, const RatingMatrix& train, const RatingMatrix& test,
                                         int k, float relevanceThreshold)
{
    RankingResult result;
    const int users = std::max(train.userCount(), test.userCount());
    const int items = std::max(train.itemCount(), test.itemCount());
    if (k <= 0 || users == 0 || items == 0) {
        return result;
    }
    const UserRows seen = rowsOf(train, users, 0.0F, false);
    const UserRows relevant = rowsOf(test, users, relevanceThreshold, true);
    std::vector<float> scores(static_cast<std::size_t>(items));
    std::vector<std::uint8_t> mask(static_cast<std::size_t>(items), 0);
    std::vector<int> ranked;
    for (int u = 0; u < users; ++u) {
        const std::span<const int> rel = relevant.of(u);
        if (rel.empty()) {
            continue;
        }
        model.scoreItems(u, scores);
        for (const int i : seen.of(u)) {
            mask[static_cast<std::size_t>(i)] = 1;
        }
        ranked.clear();
        for (const ScoredItem& s : TopN::select(scores, k, mask)) {
            ranked.push_back(s.item);
        }
        for (const int i : seen.of(u)) {
            mask[static_cast<std::size_t>(i)] = 0;
        }
        result.precision += Metrics::precisionAtK(ranked, rel, k);
        result.recall += Metrics::recallAtK(ranked, rel, k);
        result.ndcg += Metrics::ndcgAtK(ranked, rel, k);
        ++result.users;
    }
    if (result.users > 0) {
        result.precision /= result.users;
        result.recall /= result.users;
        result.ndcg /= result.users;
    }
    return result;
}

} // namespace mentordesk
