// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RatingMatrix.h"

#include "matcher/TopN.h"

#include <gtest/gtest.h>
#include <vector>

using namespace mentordesk;

TEST(RatingMatrixTest, BuildsIndexMapsInOrderOfFirstAppearance)
{
    const RatingMatrix m = RatingMatrix::fromTriples({{QStringLiteral("ann"), QStringLiteral("piano"), 4.0F},
                                                      {QStringLiteral("bo"), QStringLiteral("maths"), 2.0F},
                                                      {QStringLiteral("ann"), QStringLiteral("maths"), 5.0F}});
    EXPECT_EQ(m.size(), 3);
    EXPECT_EQ(m.userCount(), 2);
    EXPECT_EQ(m.itemCount(), 2);
    EXPECT_EQ(m.userIndex(QStringLiteral("ann")), 0);
    EXPECT_EQ(m.userIndex(QStringLiteral("bo")), 1);
    EXPECT_EQ(m.itemIndex(QStringLiteral("maths")), 1);
    EXPECT_EQ(m.userIndex(QStringLiteral("nobody")), -1);
    EXPECT_EQ(m.itemId(0), QStringLiteral("piano"));
    EXPECT_EQ(m.users()[2], 0);
    EXPECT_EQ(m.items()[2], 1);
    EXPECT_FLOAT_EQ(m.ratings()[2], 5.0F);
    EXPECT_FLOAT_EQ(m.minRating(), 2.0F);
    EXPECT_FLOAT_EQ(m.maxRating(), 5.0F);
    EXPECT_NEAR(m.mean(), 11.0 / 3.0, 1e-12);
}

TEST(RatingMatrixTest, RepeatedPairKeepsTheLastRating)
{
    const RatingMatrix m = RatingMatrix::fromTriples({{QStringLiteral("u"), QStringLiteral("i"), 1.0F},
                                                      {QStringLiteral("u"), QStringLiteral("j"), 3.0F},
                                                      {QStringLiteral("u"), QStringLiteral("i"), 4.0F}});
    EXPECT_EQ(m.size(), 2);
    EXPECT_FLOAT_EQ(m.ratings()[0], 4.0F);
}

TEST(RatingMatrixTest, SubsetKeepsIdMapsAndScale)
{
    RatingMatrix m = RatingMatrix::fromTriples({{QStringLiteral("a"), QStringLiteral("x"), 1.0F},
                                                {QStringLiteral("b"), QStringLiteral("y"), 5.0F},
                                                {QStringLiteral("c"), QStringLiteral("z"), 3.0F}});
    m.setRatingScale(1.0F, 5.0F);
    const std::vector<int> pick{2};
    const RatingMatrix s = m.subset(pick);
    EXPECT_EQ(s.size(), 1);
    EXPECT_EQ(s.userCount(), 3);
    EXPECT_EQ(s.itemCount(), 3);
    EXPECT_EQ(s.users()[0], 2);
    EXPECT_FLOAT_EQ(s.minRating(), 1.0F);
    EXPECT_FLOAT_EQ(s.maxRating(), 5.0F);
    EXPECT_EQ(s.triples().constFirst().user, QStringLiteral("c"));
}

TEST(RatingMatrixTest, EmptyMatrixIsHarmless)
{
    const RatingMatrix m;
    EXPECT_TRUE(m.isEmpty());
    EXPECT_EQ(m.mean(), 0.0);
    EXPECT_EQ(m.subset({}).size(), 0);
}

TEST(TopNTest, SelectsBestFirstWithIndexTieBreakAndExclusions)
{
    const std::vector<float> scores{0.5F, 2.0F, 2.0F, -1.0F, 3.0F, 1.0F};
    std::vector<ScoredItem> top = TopN::select(scores, 3);
    ASSERT_EQ(top.size(), 3U);
    EXPECT_EQ(top[0].item, 4);
    EXPECT_EQ(top[1].item, 1); // tie with 2: lower index first
    EXPECT_EQ(top[2].item, 2);
    const std::vector<std::uint8_t> mask{0, 1, 0, 0, 1, 0};
    top = TopN::select(scores, 2, mask);
    ASSERT_EQ(top.size(), 2U);
    EXPECT_EQ(top[0].item, 2);
    EXPECT_EQ(top[1].item, 5);
    EXPECT_EQ(TopN::select(scores, 100).size(), scores.size());
    EXPECT_TRUE(TopN::select(scores, 0).empty());
}
