// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace mentordesk {

/// An item index with its ranking score.
struct ScoredItem
{
    int item = -1;
    float score = 0.0F;
};

/// Partial selection of the best-scoring items (a bounded heap: O(n log k), no full sort).
class TopN final
{
public:
    /// The `n` highest scores, best first. Ties go to the lower index, so the order is fully
    /// deterministic. Items with `excluded[i] != 0` (when `excluded` is not empty; it must then be
    /// as long as `scores`) and NaN scores are skipped.
    [[nodiscard]] static std::vector<ScoredItem> select(std::span<const float> scores, int n,
                                                        std::span<const std::uint8_t> excluded = {});
};

} // namespace mentordesk
