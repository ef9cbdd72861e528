// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/EvaluationHarness.h"

#include "matcher/SyntheticRatings.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class EvaluationHarnessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PlantedFactorsSpec spec;
        spec.users = 120;
        spec.items = 80;
        spec.ratingsPerUser = 30;
        m_ratings = SyntheticRatings::planted(spec).ratings;
        m_options.folds = 3;
        m_options.k = 5;
        m_options.mf.factors = 5;
        m_options.mf.epochs = 60;
        m_options.mf.learningRate = 0.02F;
        m_options.mf.regularization = 0.02F;
    }

    RatingMatrix m_ratings;
    EvaluationOptions m_options;
};

TEST_F(EvaluationHarnessTest, ReportsEveryModelWithTheMetricsThatApply)
{
    auto r = EvaluationHarness::run(m_ratings, m_options);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->ratings, 120 * 30);
    EXPECT_EQ(r->folds, 3);
    EXPECT_EQ(r->k, 5);
    ASSERT_EQ(r->models.size(), 5);
    const ModelEvaluation& mf = r->models[0];
    const ModelEvaluation& bias = r->models[1];
    const ModelEvaluation& mean = r->models[2];
    const ModelEvaluation& popularity = r->models[3];
    const ModelEvaluation& blend = r->models[4];
    EXPECT_EQ(blend.model, QStringLiteral("blend"));
    EXPECT_FALSE(blend.hasRatingMetrics);
    EXPECT_TRUE(blend.hasRankingMetrics);
    EXPECT_GT(blend.precision, popularity.precision); // planted tastes, uniform popularity: CF carries the blend
    EXPECT_GE(blend.trainMs, mf.trainMs);
    EXPECT_EQ(mf.model, QStringLiteral("mf"));
    EXPECT_EQ(bias.model, QStringLiteral("bias"));
    EXPECT_EQ(mean.model, QStringLiteral("global_mean"));
    EXPECT_EQ(popularity.model, QStringLiteral("popularity"));
    EXPECT_LT(mf.rmse, bias.rmse);
    EXPECT_LT(bias.rmse, mean.rmse);
    EXPECT_LT(mf.mae, mean.mae);
    EXPECT_GT(mf.ndcg, 0.0);
    EXPECT_GT(mf.precision, popularity.precision);
    EXPECT_FALSE(mean.hasRankingMetrics);
    EXPECT_FALSE(popularity.hasRatingMetrics);
    EXPECT_TRUE(mf.hasRatingMetrics && mf.hasRankingMetrics);
    EXPECT_GE(mf.trainMs, 0.0);
}

TEST_F(EvaluationHarnessTest, MetricsAreDeterministic)
{
    auto a = EvaluationHarness::run(m_ratings, m_options);
    auto b = EvaluationHarness::run(m_ratings, m_options);
    ASSERT_TRUE(a && b);
    for (int m = 0; m < a->models.size(); ++m) {
        EXPECT_EQ(a->models[m].rmse, b->models[m].rmse);
        EXPECT_EQ(a->models[m].ndcg, b->models[m].ndcg);
        EXPECT_EQ(a->models[m].recall, b->models[m].recall);
    }
}

TEST_F(EvaluationHarnessTest, BadOptionsNameTheField)
{
    EvaluationOptions o = m_options;
    o.folds = 1;
    auto r = EvaluationHarness::run(m_ratings, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("folds"));
    o = m_options;
    o.k = 0;
    r = EvaluationHarness::run(m_ratings, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("k"));
    o = m_options;
    o.mf.factors = 0;
    r = EvaluationHarness::run(m_ratings, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("factors"));
    r = EvaluationHarness::run(RatingMatrix(), m_options);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("ratings"));
}

TEST_F(EvaluationHarnessTest, FoldCallbackReportsProgressAndCanCancel)
{
    QList<int> seen;
    auto r = EvaluationHarness::run(m_ratings, m_options, [&seen](int fold, int folds) {
        seen.append(fold);
        EXPECT_EQ(folds, 3);
        return fold < 2;
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Refused);
    EXPECT_EQ(seen, (QList<int>{1, 2}));
}

TEST_F(EvaluationHarnessTest, WithoutBaselinesOnlyMfIsReported)
{
    m_options.baselines = false;
    m_options.blend = false;
    auto r = EvaluationHarness::run(m_ratings, m_options);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->models.size(), 1);
    EXPECT_EQ(r->models[0].model, QStringLiteral("mf"));
}

TEST_F(EvaluationHarnessTest, BlendWeightsAreCheckedAndUsed)
{
    m_options.baselines = false;
    m_options.blendWeights = {0.0, 0.0, 0.0, 1.0}; // popularity alone: the popularity baseline's list
    auto r = EvaluationHarness::run(m_ratings, m_options);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->models.size(), 2);
    m_options.baselines = true;
    auto all = EvaluationHarness::run(m_ratings, m_options);
    ASSERT_TRUE(all);
    EXPECT_NEAR(all->models[4].precision, all->models[3].precision, 0.02);
    m_options.blendWeights = {-1.0, 0.0, 0.0, 1.0};
    auto bad = EvaluationHarness::run(m_ratings, m_options);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("weights"));
}
