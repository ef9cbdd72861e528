// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/BayesianRating.h"
#include "matcher/CourseQualityModel.h"
#include "matcher/MentorAbilityModel.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(FeedbackScoresTest, BayesianAverageWithoutRatingsIsThePrior)
{
    const QHash<QString, RatedTarget> r = BayesianRating::perTarget({}, {QStringLiteral("piano")});
    ASSERT_TRUE(r.contains(QStringLiteral("piano")));
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("piano")).score, 3.0); // fallback prior
    EXPECT_EQ(r.value(QStringLiteral("piano")).count, 0);
    EXPECT_DOUBLE_EQ(BayesianRating::average(0.0, 0, 4.2, 5.0), 4.2);
    EXPECT_DOUBLE_EQ(BayesianRating::average(0.0, 0, 4.2, 0.0), 4.2);
}

TEST(FeedbackScoresTest, BayesianAverageWithOneRating)
{
    // The only rating in the studio is also the prior: the score is that rating.
    QHash<QString, RatedTarget> r = BayesianRating::perTarget({{QStringLiteral("piano"), 5.0}});
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("piano")).score, 5.0);
    // One rating of 5 against a prior of 3 with weight 5 moves the score a sixth of the way.
    EXPECT_DOUBLE_EQ(BayesianRating::average(5.0, 1, 3.0, 5.0), (15.0 + 5.0) / 6.0);
}

TEST(FeedbackScoresTest, BayesianAverageShrinksTowardsTheStudioMean)
{
    const QList<StarRating> ratings{{QStringLiteral("a"), 5.0}, {QStringLiteral("a"), 5.0}, {QStringLiteral("b"), 1.0}};
    const QHash<QString, RatedTarget> r = BayesianRating::perTarget(ratings, {QStringLiteral("c")});
    const double prior = 11.0 / 3.0;
    EXPECT_DOUBLE_EQ(BayesianRating::studioPrior(ratings, 3.0), prior);
    EXPECT_NEAR(r.value(QStringLiteral("a")).score, (5.0 * prior + 10.0) / 7.0, 1e-12);
    EXPECT_NEAR(r.value(QStringLiteral("b")).score, (5.0 * prior + 1.0) / 6.0, 1e-12);
    EXPECT_NEAR(r.value(QStringLiteral("c")).score, prior, 1e-12);
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("a")).rawMean, 5.0);
    EXPECT_EQ(r.value(QStringLiteral("a")).count, 2);
    BayesianSettings heavy;
    heavy.priorWeight = 100.0;
    EXPECT_LT(BayesianRating::perTarget(ratings, {}, heavy).value(QStringLiteral("a")).score,
              r.value(QStringLiteral("a")).score);
}

TEST(FeedbackScoresTest, CourseQualityFollowsTheDocumentedWeights)
{
    // 0.4·8/10 + 0.3·6/10 + 0.3·(4.2 − 1)/4 = 0.32 + 0.18 + 0.24
    EXPECT_NEAR(CourseQualityModel::score(8, 6, 4.2), 0.74, 1e-12);
    EXPECT_NEAR(CourseQualityModel::score(10, 10, 5), 1.0, 1e-12);
    EXPECT_NEAR(CourseQualityModel::score(15, 10, 9), 1.0, 1e-12); // clamped
    auto w = CourseQualityModel::normalised({2.0, 1.0, 1.0});
    ASSERT_TRUE(w);
    EXPECT_DOUBLE_EQ(w->quality, 0.5);
    EXPECT_NEAR(CourseQualityModel::score(8, 6, 4.2, {2.0, 1.0, 1.0}), 0.5 * 0.8 + 0.25 * 0.6 + 0.25 * 0.8, 1e-12);
    auto bad = CourseQualityModel::normalised({-1.0, 1.0, 1.0});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("weights"));
    EXPECT_FALSE(CourseQualityModel::normalised({0.0, 0.0, 0.0}));
    EXPECT_NEAR(CourseQualityModel::score(8, 6, 4.2, {0.0, 0.0, 0.0}), 0.74, 1e-12); // invalid → defaults
}

TEST(FeedbackScoresTest, MentorAbilityFollowsTheDocumentedWeights)
{
    // 0.4·(4 − 1)/4 + 0.2·5/(5 + 5) + 0.4·(4.5 − 1)/4 = 0.3 + 0.1 + 0.35
    EXPECT_NEAR(MentorAbilityModel::score(4, 5, 4.5), 0.75, 1e-12);
    EXPECT_NEAR(MentorAbilityModel::score(1, 0, 1), 0.0, 1e-12);
    EXPECT_NEAR(MentorAbilityModel::score(1, -3, 1), 0.0, 1e-12);
    EXPECT_LT(MentorAbilityModel::score(5, 1000, 5), 1.0);
    EXPECT_GT(MentorAbilityModel::score(5, 1000, 5), 0.99);
    MentorAbilityWeights bad;
    bad.halfSaturationYears = 0.0;
    auto r = MentorAbilityModel::normalised(bad);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("weights"));
}
