// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/Metrics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mentordesk {

namespace {

std::vector<int> sortedUnique(std::span<const int> values)
{
    std::vector<int> out(values.begin(), values.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// 1-based positions (≤ k) in `ranked` whose item is relevant; an item repeated in `ranked` counts once.
std::vector<int> hitPositions(std::span<const int> ranked, const std::vector<int>& relevant, int k)
{
    std::vector<int> hits;
    std::vector<int> seen;
    const std::size_t n = std::min(ranked.size(), static_cast<std::size_t>(std::max(k, 0)));
    for (std::size_t j = 0; j < n; ++j) {
        const int item = ranked[j];
        if (std::binary_search(relevant.begin(), relevant.end(), item) &&
            std::find(seen.begin(), seen.end(), item) == seen.end()) {
            seen.push_back(item);
            hits.push_back(static_cast<int>(j) + 1);
        }
    }
    return hits;
}

} // namespace

double Metrics::rmse(std::span<const float> predicted, std::span<const float> actual)
{
    const std::size_t n = std::min(predicted.size(), actual.size());
    if (n == 0) {
        return 0.0;
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = static_cast<double>(predicted[i]) - static_cast<double>(actual[i]);
        sum += d * d;
    }
    return std::sqrt(sum / static_cast<double>(n));
}

double Metrics::mae(std::span<const float> predicted, std::span<const float> actual)
{
    const std::size_t n = std::min(predicted.size(), actual.size());
    if (n == 0) {
        return 0.0;
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += std::abs(static_cast<double>(predicted[i]) - static_cast<double>(actual[i]));
    }
    return sum / static_cast<double>(n);
}

double Metrics::precisionAtK(std::span<const int> ranked, std::span<const int> relevant, int k)
{
    if (k <= 0) {
        return 0.0;
    }
    return static_cast<double>(hitPositions(ranked, sortedUnique(relevant), k).size()) / k;
}

double Metrics::recallAtK(std::span<const int> ranked, std::span<const int> relevant, int k)
{
    const std::vector<int> rel = sortedUnique(relevant);
    if (rel.empty()) {
        return 0.0;
    }
    return static_cast<double>(hitPositions(ranked, rel, k).size()) / static_cast<double>(rel.size());
}

double Metrics::ndcgAtK(std::span<const int> ranked, std::span<const int> relevant, int k)
{
    const std::vector<int> rel = sortedUnique(relevant);
    if (rel.empty() || k <= 0) {
        return 0.0;
    }
    double dcg = 0.0;
    for (const int position : hitPositions(ranked, rel, k)) {
        dcg += 1.0 / std::log2(position + 1.0);
    }
    double ideal = 0.0;
    const int idealHits = std::min(k, static_cast<int>(rel.size()));
    for (int position = 1; position <= idealHits; ++position) {
        ideal += 1.0 / std::log2(position + 1.0);
    }
    return dcg / ideal;
}

} // namespace mentordesk
