// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/BiasBaseline.h"
#include "matcher/GlobalMeanBaseline.h"
#include "matcher/PopularityBaseline.h"

#include <gtest/gtest.h>
#include <vector>

using namespace mentordesk;

namespace {
RatingMatrix tiny()
{
    return RatingMatrix::fromTriples({{QStringLiteral("a"), QStringLiteral("x"), 5.0F},
                                      {QStringLiteral("a"), QStringLiteral("y"), 3.0F},
                                      {QStringLiteral("b"), QStringLiteral("x"), 4.0F}});
}
} // namespace

TEST(BaselinesTest, GlobalMeanPredictsTheMeanAndCannotRank)
{
    const GlobalMeanBaseline b = GlobalMeanBaseline::train(tiny());
    EXPECT_FLOAT_EQ(b.predict(0, 1), 4.0F);
    EXPECT_FLOAT_EQ(b.predict(-1, 99), 4.0F);
    EXPECT_FALSE(b.ranksItems());
    EXPECT_TRUE(b.predictsRatings());
    EXPECT_EQ(b.name(), QStringLiteral("global_mean"));
}

TEST(BaselinesTest, BiasBaselineMatchesAHandComputedAlsSweep)
{
    // One sweep, μ = 4: b_a = (1 − 1)/(15 + 2) = 0, b_b = 0/(15 + 1) = 0;
    // b_x = (1 + 0)/(10 + 2) = 1/12, b_y = −1/(10 + 1) = −1/11.
    BiasBaselineParams params;
    params.iterations = 1;
    const BiasBaseline b = BiasBaseline::train(tiny(), params);
    EXPECT_DOUBLE_EQ(b.mean(), 4.0);
    EXPECT_NEAR(b.userBias(0), 0.0, 1e-12);
    EXPECT_NEAR(b.itemBias(0), 1.0 / 12.0, 1e-12);
    EXPECT_NEAR(b.itemBias(1), -1.0 / 11.0, 1e-12);
    EXPECT_NEAR(b.predict(0, 0), 4.0 + 1.0 / 12.0, 1e-6);
    EXPECT_EQ(b.userBias(7), 0.0);
    std::vector<float> scores(2);
    b.scoreItems(1, scores);
    EXPECT_GT(scores[0], scores[1]);
}

TEST(BaselinesTest, BiasBaselineClampsToTheScale)
{
    RatingMatrix m = RatingMatrix::fromTriples({{QStringLiteral("a"), QStringLiteral("x"), 5.0F},
                                                {QStringLiteral("b"), QStringLiteral("x"), 5.0F},
                                                {QStringLiteral("a"), QStringLiteral("y"), 5.0F}});
    m.setRatingScale(1.0F, 5.0F);
    BiasBaselineParams noShrink;
    noShrink.userShrink = 0.0;
    noShrink.itemShrink = 0.0;
    const BiasBaseline b = BiasBaseline::train(m, noShrink);
    EXPECT_LE(b.predict(0, 0), 5.0F);
    EXPECT_GE(b.predict(0, 0), 1.0F);
}

TEST(BaselinesTest, PopularityRanksByRatingCount)
{
    const PopularityBaseline p = PopularityBaseline::train(tiny());
    EXPECT_FALSE(p.predictsRatings());
    EXPECT_EQ(p.count(0), 2);
    EXPECT_EQ(p.count(1), 1);
    EXPECT_EQ(p.count(5), 0);
    std::vector<float> scores(2);
    p.scoreItems(1, scores);
    EXPECT_FLOAT_EQ(scores[0], 2.0F);
    EXPECT_FLOAT_EQ(scores[1], 1.0F);
}
