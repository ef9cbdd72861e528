// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/SyntheticRatings.h"

#include <algorithm>
#include <array>
#include <gtest/gtest.h>
#include <vector>

using namespace mentordesk;

TEST(SyntheticRatingsTest, MovieLensShapeHasThePublicSetsSizeAndHistogram)
{
    const RatingMatrix m = SyntheticRatings::movieLens100kShaped();
    EXPECT_EQ(m.size(), 100000);
    EXPECT_EQ(m.userCount(), 943);
    EXPECT_EQ(m.itemCount(), 1682);
    EXPECT_NEAR(m.mean(), 3.53, 0.005);
    EXPECT_FLOAT_EQ(m.minRating(), 1.0F);
    EXPECT_FLOAT_EQ(m.maxRating(), 5.0F);
    std::array<int, 6> stars{};
    std::vector<int> perUser(943, 0);
    std::vector<int> perItem(1682, 0);
    for (int e = 0; e < m.size(); ++e) {
        ++stars[static_cast<std::size_t>(m.ratings()[e])];
        ++perUser[static_cast<std::size_t>(m.users()[e])];
        ++perItem[static_cast<std::size_t>(m.items()[e])];
    }
    EXPECT_EQ(stars[1], 6110);
    EXPECT_EQ(stars[2], 11370);
    EXPECT_EQ(stars[3], 27145);
    EXPECT_EQ(stars[4], 34174);
    EXPECT_EQ(stars[5], 21201);
    EXPECT_GE(*std::min_element(perUser.begin(), perUser.end()), 20);
    // Long tails: the busiest user and the most popular item are far above the median.
    std::sort(perUser.begin(), perUser.end());
    std::sort(perItem.begin(), perItem.end());
    EXPECT_GT(perUser.back(), 5 * perUser[perUser.size() / 2]);
    EXPECT_GT(perItem.back(), 10 * perItem[perItem.size() / 2]);
}

TEST(SyntheticRatingsTest, GeneratorsAreDeterministicBySeed)
{
    MovieLensShapeSpec spec;
    spec.users = 60;
    spec.items = 120;
    spec.ratings = 3000;
    const RatingMatrix a = SyntheticRatings::movieLens100kShaped(spec);
    const RatingMatrix b = SyntheticRatings::movieLens100kShaped(spec);
    spec.seed = 5;
    const RatingMatrix c = SyntheticRatings::movieLens100kShaped(spec);
    ASSERT_EQ(a.size(), 3000);
    EXPECT_TRUE(std::equal(a.items().begin(), a.items().end(), b.items().begin()));
    EXPECT_TRUE(std::equal(a.ratings().begin(), a.ratings().end(), b.ratings().begin()));
    EXPECT_FALSE(std::equal(a.items().begin(), a.items().end(), c.items().begin()));
}

TEST(SyntheticRatingsTest, PlantedDataFollowsItsTruthWithTheGivenNoise)
{
    PlantedFactorsSpec spec;
    spec.users = 50;
    spec.items = 40;
    spec.ratingsPerUser = 30;
    spec.noiseStd = 0.0;
    const PlantedRatings p = SyntheticRatings::planted(spec);
    EXPECT_EQ(p.ratings.size(), 50 * 30);
    EXPECT_EQ(p.ratings.userId(0), QStringLiteral("u1"));
    EXPECT_EQ(p.ratings.itemId(39), QStringLiteral("i40"));
    for (int e = 0; e < p.ratings.size(); e += 17) {
        EXPECT_NEAR(p.ratings.ratings()[e], p.truth(p.ratings.users()[e], p.ratings.items()[e]), 1e-5);
    }
    spec.ratingsPerUser = 1000; // more than there are items: capped
    EXPECT_EQ(SyntheticRatings::planted(spec).ratings.size(), 50 * 40);
}
