// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/SyntheticRatings.h"

#include "matcher/SeededRandom.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace mentordesk {

namespace {

// MovieLens-shaped recipe (docs/matcher.md). The star shares are those of the public 100k set.
constexpr std::array<double, 5> kStarShare{0.06110, 0.11370, 0.27145, 0.34174, 0.21201};
constexpr double kActivitySigma = 1.2; // log-normal user activity
constexpr double kZipfExponent = 1.1;  // item weight (rank + offset)^−exponent
constexpr double kZipfOffset = 25.0;
constexpr double kMaxShareOfItems = 0.44; // the busiest user rates at most this share of items
constexpr int kLatentFactors = 10;
constexpr double kUserBiasStd = 0.45;
constexpr double kItemBiasStd = 0.40;
constexpr double kPopularityEffect = 0.30; // popular items are liked a little more
constexpr double kInteractionStd = 0.50;   // spread of p·q
constexpr double kNoiseStd = 0.80;

double dot(const double* a, const double* b, int k)
{
    double s = 0.0;
    for (int f = 0; f < k; ++f) {
        s += a[f] * b[f];
    }
    return s;
}

/// Ratings per user: log-normal weights on top of a floor, capped, summing to `total`.
std::vector<int> userActivity(SeededRandom& rng, int users, int items, int total, int minPerUser)
{
    const int cap = std::max(minPerUser, static_cast<int>(items * kMaxShareOfItems));
    std::vector<double> weight(static_cast<std::size_t>(users));
    for (double& w : weight) {
        w = std::exp(rng.normal(0.0, kActivitySigma));
    }
    const double sum = std::accumulate(weight.begin(), weight.end(), 0.0);
    const double extra = std::max(0, total - minPerUser * users);
    std::vector<int> n(weight.size());
    int assigned = 0;
    for (std::size_t u = 0; u < weight.size(); ++u) {
        n[u] = std::min(cap, minPerUser + static_cast<int>(extra * weight[u] / sum));
        assigned += n[u];
    }
    std::vector<int> order(weight.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return weight[static_cast<std::size_t>(a)] > weight[static_cast<std::size_t>(b)];
    });
    bool progress = true;
    while (assigned < total && progress) {
        progress = false;
        for (const int u : order) {
            if (assigned == total) {
                break;
            }
            if (n[static_cast<std::size_t>(u)] < cap) {
                ++n[static_cast<std::size_t>(u)];
                ++assigned;
                progress = true;
            }
        }
    }
    return n;
}

} // namespace

double PlantedRatings::truth(int user, int item) const
{
    const auto k = static_cast<std::size_t>(factors);
    return mean + userBias[static_cast<std::size_t>(user)] + itemBias[static_cast<std::size_t>(item)] +
           dot(userFactors.data() + static_cast<std::size_t>(user) * k,
               itemFactors.data() + static_cast<std::size_t>(item) * k, factors);
}

PlantedRatings SyntheticRatings::planted(const PlantedFactorsSpec& spec)
{
    SeededRandom rng(spec.seed);
    PlantedRatings out;
    const int users = std::max(1, spec.users);
    const int items = std::max(1, spec.items);
    out.mean = spec.mean;
    out.factors = std::max(1, spec.factors);
    const auto k = static_cast<std::size_t>(out.factors);
    out.userBias.resize(static_cast<std::size_t>(users));
    out.itemBias.resize(static_cast<std::size_t>(items));
    out.userFactors.resize(static_cast<std::size_t>(users) * k);
    out.itemFactors.resize(static_cast<std::size_t>(items) * k);
    for (double& b : out.userBias) {
        b = rng.normal(0.0, spec.biasStd);
    }
    for (double& b : out.itemBias) {
        b = rng.normal(0.0, spec.biasStd);
    }
    for (double& v : out.userFactors) {
        v = rng.normal(0.0, spec.factorStd);
    }
    for (double& v : out.itemFactors) {
        v = rng.normal(0.0, spec.factorStd);
    }
    for (int u = 0; u < users; ++u) {
        out.ratings.addUser(QStringLiteral("u%1").arg(u + 1));
    }
    for (int i = 0; i < items; ++i) {
        out.ratings.addItem(QStringLiteral("i%1").arg(i + 1));
    }
    std::vector<int> pool(static_cast<std::size_t>(items));
    std::iota(pool.begin(), pool.end(), 0);
    const int perUser = std::clamp(spec.ratingsPerUser, 1, items);
    for (int u = 0; u < users; ++u) {
        // Partial Fisher–Yates: the first perUser slots become a uniform sample without replacement.
        for (int j = 0; j < perUser; ++j) {
            const auto pick = static_cast<std::size_t>(j) +
                              static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(items - j)));
            std::swap(pool[static_cast<std::size_t>(j)], pool[pick]);
        }
        std::vector<int> chosen(pool.begin(), pool.begin() + perUser);
        std::sort(chosen.begin(), chosen.end());
        for (const int i : chosen) {
            const double r = out.truth(u, i) + rng.normal(0.0, spec.noiseStd);
            out.ratings.add(out.ratings.userId(u), out.ratings.itemId(i), static_cast<float>(r));
        }
    }
    return out;
}

RatingMatrix SyntheticRatings::movieLens100kShaped(const MovieLensShapeSpec& spec)
{
    SeededRandom rng(spec.seed);
    const int users = std::max(1, spec.users);
    const int items = std::max(1, spec.items);
    const int minPerUser = std::clamp(spec.minPerUser, 1, items);
    const std::vector<int> activity =
        userActivity(rng, users, items, std::max(spec.ratings, users * minPerUser), minPerUser);

    // Item popularity: Zipf-like weights over a random order of the items.
    std::vector<int> rank(static_cast<std::size_t>(items));
    std::iota(rank.begin(), rank.end(), 0);
    rng.shuffle(std::span<int>(rank));
    std::vector<double> weight(rank.size());
    std::vector<double> logWeight(rank.size());
    for (std::size_t i = 0; i < rank.size(); ++i) {
        logWeight[i] = -kZipfExponent * std::log(rank[i] + kZipfOffset);
        weight[i] = std::exp(logWeight[i]);
    }
    const double logMean = std::accumulate(logWeight.begin(), logWeight.end(), 0.0) / items;
    double logVar = 0.0;
    for (const double l : logWeight) {
        logVar += (l - logMean) * (l - logMean);
    }
    const double logStd = std::sqrt(logVar / items) > 0.0 ? std::sqrt(logVar / items) : 1.0;

    // Latent truth.
    const double componentStd = std::sqrt(kInteractionStd / std::sqrt(static_cast<double>(kLatentFactors)));
    std::vector<double> userBias(static_cast<std::size_t>(users));
    std::vector<double> itemBias(static_cast<std::size_t>(items));
    std::vector<double> p(static_cast<std::size_t>(users) * kLatentFactors);
    std::vector<double> q(static_cast<std::size_t>(items) * kLatentFactors);
    for (double& b : userBias) {
        b = rng.normal(0.0, kUserBiasStd);
    }
    for (std::size_t i = 0; i < itemBias.size(); ++i) {
        itemBias[i] = kPopularityEffect * (logWeight[i] - logMean) / logStd + rng.normal(0.0, kItemBiasStd);
    }
    for (double& v : p) {
        v = rng.normal(0.0, componentStd);
    }
    for (double& v : q) {
        v = rng.normal(0.0, componentStd);
    }

    // Which items each user rates: weighted sampling without replacement (Efraimidis–Spirakis:
    // the n largest keys log(U)/w), and a latent score per rating.
    std::vector<int> entryUser;
    std::vector<int> entryItem;
    std::vector<double> latent;
    std::vector<std::pair<double, int>> keys(static_cast<std::size_t>(items));
    for (int u = 0; u < users; ++u) {
        for (int i = 0; i < items; ++i) {
            keys[static_cast<std::size_t>(i)] = {std::log(rng.uniformPositive()) / weight[static_cast<std::size_t>(i)],
                                                 i};
        }
        const auto n = static_cast<std::ptrdiff_t>(std::min(activity[static_cast<std::size_t>(u)], items));
        const auto byKey = [](const std::pair<double, int>& a, const std::pair<double, int>& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        };
        std::nth_element(keys.begin(), keys.begin() + n, keys.end(), byKey);
        std::vector<int> chosen;
        chosen.reserve(static_cast<std::size_t>(n));
        for (std::ptrdiff_t j = 0; j < n; ++j) {
            chosen.push_back(keys[static_cast<std::size_t>(j)].second);
        }
        std::sort(chosen.begin(), chosen.end());
        for (const int i : chosen) {
            const auto uu = static_cast<std::size_t>(u);
            const auto ii = static_cast<std::size_t>(i);
            entryUser.push_back(u);
            entryItem.push_back(i);
            latent.push_back(userBias[uu] + itemBias[ii] +
                             dot(p.data() + uu * kLatentFactors, q.data() + ii * kLatentFactors, kLatentFactors) +
                             rng.normal(0.0, kNoiseStd));
        }
    }

    // Stars by quantile of the latent score, so the histogram is MovieLens's.
    std::vector<int> order(latent.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const double la = latent[static_cast<std::size_t>(a)];
        const double lb = latent[static_cast<std::size_t>(b)];
        return la < lb || (la == lb && a < b);
    });
    std::vector<float> stars(latent.size(), 5.0F);
    double cumulative = 0.0;
    std::size_t position = 0;
    for (std::size_t s = 0; s + 1 < kStarShare.size(); ++s) {
        cumulative += kStarShare[s];
        const auto end = static_cast<std::size_t>(std::llround(cumulative * static_cast<double>(order.size())));
        for (; position < end && position < order.size(); ++position) {
            stars[static_cast<std::size_t>(order[position])] = static_cast<float>(s + 1);
        }
    }

    RatingMatrix m;
    for (int u = 0; u < users; ++u) {
        m.addUser(QString::number(u + 1));
    }
    for (int i = 0; i < items; ++i) {
        m.addItem(QString::number(i + 1));
    }
    for (std::size_t e = 0; e < stars.size(); ++e) {
        m.add(m.userId(entryUser[e]), m.itemId(entryItem[e]), stars[e]);
    }
    m.setRatingScale(1.0F, 5.0F);
    return m;
}

} // namespace mentordesk
