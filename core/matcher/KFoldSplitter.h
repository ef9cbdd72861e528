// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <cstdint>
#include <vector>

namespace mentordesk {

/// One cross-validation fold: entry indices (ascending) to train on and to test on.
struct Fold
{
    std::vector<int> train;
    std::vector<int> test;
};

/// Deterministic k-fold splitter: shuffles the entry indices 0…n−1 with SeededRandom(seed) and
/// deals them round-robin into k test sets, so fold sizes differ by at most one. Each entry is in
/// exactly one test set; a fold's training set is everything else.
class KFoldSplitter final
{
    Q_DECLARE_TR_FUNCTIONS(KFoldSplitter)

public:
    /// Fails (Invalid, field "folds") unless 2 ≤ k ≤ entryCount.
    [[nodiscard]] static Result<std::vector<Fold>> split(int entryCount, int k, std::uint64_t seed);
};

} // namespace mentordesk
