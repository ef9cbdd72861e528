// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/TopN.h"

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {
/// True when `a` ranks before `b`.
bool better(const ScoredItem& a, const ScoredItem& b)
{
    return a.score > b.score || (a.score == b.score && a.item < b.item);
}
} // namespace

std::vector<ScoredItem> TopN::select(std::span<const float> scores, int n, std::span<const std::uint8_t> excluded)
{
    std::vector<ScoredItem> heap; // min-heap by rank: front() is the worst of the kept items
    if (n <= 0) {
        return heap;
    }
    const auto limit = static_cast<std::size_t>(n);
    heap.reserve(std::min(limit, scores.size()));
    const bool useMask = !excluded.empty();
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if ((useMask && excluded[i] != 0) || std::isnan(scores[i])) {
            continue;
        }
        const ScoredItem candidate{static_cast<int>(i), scores[i]};
        if (heap.size() < limit) {
            heap.push_back(candidate);
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better(candidate, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = candidate;
            std::push_heap(heap.begin(), heap.end(), better);
        }
    }
    std::sort_heap(heap.begin(), heap.end(), better);
    return heap;
}

} // namespace mentordesk
