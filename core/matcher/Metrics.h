// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace mentordesk {

/// Accuracy and ranking metrics (formulas in docs/matcher.md, "Metrics").
class Metrics final
{
public:
    /// Root mean squared error; 0 for empty input. `predicted` and `actual` have equal length.
    [[nodiscard]] static double rmse(std::span<const float> predicted, std::span<const float> actual);
    /// Mean absolute error; 0 for empty input.
    [[nodiscard]] static double mae(std::span<const float> predicted, std::span<const float> actual);

    /// Share of the first k entries of `ranked` that are in `relevant`: hits / k (a list shorter
    /// than k still divides by k). 0 when k ≤ 0.
    [[nodiscard]] static double precisionAtK(std::span<const int> ranked, std::span<const int> relevant, int k);
    /// Share of `relevant` found in the first k entries of `ranked`; 0 when `relevant` is empty.
    [[nodiscard]] static double recallAtK(std::span<const int> ranked, std::span<const int> relevant, int k);
    /// Normalised discounted cumulative gain with binary relevance: DCG = Σ_{j ≤ k, hit} 1/log2(j+1)
    /// over 1-based positions j, divided by the DCG of an ideal list (min(k, |relevant|) hits first).
    /// 0 when `relevant` is empty.
    [[nodiscard]] static double ndcgAtK(std::span<const int> ranked, std::span<const int> relevant, int k);
};

} // namespace mentordesk
