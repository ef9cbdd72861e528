// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/KFoldSplitter.h"

#include "matcher/SeededRandom.h"

#include <numeric>

namespace mentordesk {

Result<std::vector<Fold>> KFoldSplitter::split(int entryCount, int k, std::uint64_t seed)
{
    if (k < 2 || k > entryCount) {
        return fail(Error::invalid(QStringLiteral("folds"),
                                   tr("The number of folds must be between 2 and the number of ratings (%1); got %2.")
                                       .arg(entryCount)
                                       .arg(k)));
    }
    std::vector<int> order(static_cast<std::size_t>(entryCount));
    std::iota(order.begin(), order.end(), 0);
    SeededRandom rng(seed);
    rng.shuffle(std::span<int>(order));
    std::vector<int> foldOf(order.size());
    for (std::size_t position = 0; position < order.size(); ++position) {
        foldOf[static_cast<std::size_t>(order[position])] = static_cast<int>(position % static_cast<std::size_t>(k));
    }
    std::vector<Fold> folds(static_cast<std::size_t>(k));
    for (Fold& f : folds) {
        f.test.reserve(order.size() / static_cast<std::size_t>(k) + 1);
        f.train.reserve(order.size());
    }
    for (int e = 0; e < entryCount; ++e) {
        const int mine = foldOf[static_cast<std::size_t>(e)];
        for (int f = 0; f < k; ++f) {
            (f == mine ? folds[static_cast<std::size_t>(f)].test : folds[static_cast<std::size_t>(f)].train)
                .push_back(e);
        }
    }
    return folds;
}

} // namespace mentordesk
