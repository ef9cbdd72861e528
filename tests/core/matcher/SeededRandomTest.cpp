// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/SeededRandom.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numeric>
#include <vector>

using namespace mentordesk;

TEST(SeededRandomTest, RawOutputIsTheStandardMersenneTwister)
{
    // The C++ standard fixes the 10000th output of a default-seeded mt19937_64.
    SeededRandom rng(5489U);
    std::uint64_t v = 0;
    for (int i = 0; i < 10000; ++i) {
        v = rng.next();
    }
    EXPECT_EQ(v, 9981545732273789042ULL);
}

TEST(SeededRandomTest, SameSeedSameSequenceOtherSeedDifferent)
{
    SeededRandom a(42);
    SeededRandom b(42);
    SeededRandom c(43);
    int differences = 0;
    for (int i = 0; i < 100; ++i) {
        const double x = a.normal();
        EXPECT_EQ(x, b.normal());
        differences += x != c.normal() ? 1 : 0;
    }
    EXPECT_GT(differences, 90);
}

TEST(SeededRandomTest, UniformStaysInRangeWithPlausibleMean)
{
    SeededRandom rng(1);
    double sum = 0.0;
    for (int i = 0; i < 20000; ++i) {
        const double u = rng.uniform();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        const double p = rng.uniformPositive();
        ASSERT_GT(p, 0.0);
        ASSERT_LE(p, 1.0);
        sum += u;
    }
    EXPECT_NEAR(sum / 20000.0, 0.5, 0.01);
}

TEST(SeededRandomTest, NormalHasMeanZeroAndUnitVariance)
{
    SeededRandom rng(2);
    double sum = 0.0;
    double squares = 0.0;
    const int n = 40000;
    for (int i = 0; i < n; ++i) {
        const double x = rng.normal();
        sum += x;
        squares += x * x;
    }
    EXPECT_NEAR(sum / n, 0.0, 0.02);
    EXPECT_NEAR(squares / n, 1.0, 0.03);
    EXPECT_NEAR(rng.normal(10.0, 0.0), 10.0, 1e-12);
}

TEST(SeededRandomTest, BelowCoversEveryValueAndNothingElse)
{
    SeededRandom rng(3);
    std::vector<int> seen(7, 0);
    for (int i = 0; i < 7000; ++i) {
        const std::uint64_t v = rng.below(7);
        ASSERT_LT(v, 7U);
        ++seen[v];
    }
    for (const int count : seen) {
        EXPECT_GT(count, 850);
    }
    EXPECT_EQ(rng.below(1), 0U);
}

TEST(SeededRandomTest, ShuffleIsAPermutationAndDeterministic)
{
    std::vector<int> a(100);
    std::iota(a.begin(), a.end(), 0);
    std::vector<int> b = a;
    SeededRandom r1(9);
    SeededRandom r2(9);
    r1.shuffle(std::span<int>(a));
    r2.shuffle(std::span<int>(b));
    EXPECT_EQ(a, b);
    std::vector<int> sorted = a;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> identity(100);
    std::iota(identity.begin(), identity.end(), 0);
    EXPECT_EQ(sorted, identity);
    EXPECT_NE(a, identity);
}
