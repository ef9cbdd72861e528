// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/Metrics.h"

#include "matcher/KFoldSplitter.h"
#include "matcher/RankingEvaluator.h"

#include <cmath>
#include <gtest/gtest.h>
#include <set>
#include <vector>

using namespace mentordesk;

TEST(MetricsTest, RmseAndMaeOnAHandExample)
{
    const std::vector<float> predicted{3.0F, 4.0F, 5.0F};
    const std::vector<float> actual{2.0F, 4.0F, 3.0F};
    EXPECT_NEAR(Metrics::rmse(predicted, actual), std::sqrt(5.0 / 3.0), 1e-12); // errors 1, 0, 2
    EXPECT_NEAR(Metrics::mae(predicted, actual), 1.0, 1e-12);
    EXPECT_EQ(Metrics::rmse({}, {}), 0.0);
    EXPECT_EQ(Metrics::mae({}, {}), 0.0);
}

TEST(MetricsTest, RankingMetricsOnAHandExample)
{
    const std::vector<int> ranked{3, 1, 7, 5, 9};
    const std::vector<int> relevant{8, 5, 1};
    // k = 3: one hit (item 1) at position 2.
    EXPECT_NEAR(Metrics::precisionAtK(ranked, relevant, 3), 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(Metrics::recallAtK(ranked, relevant, 3), 1.0 / 3.0, 1e-12);
    const double ideal3 = 1.0 + 1.0 / std::log2(3.0) + 0.5;
    EXPECT_NEAR(Metrics::ndcgAtK(ranked, relevant, 3), (1.0 / std::log2(3.0)) / ideal3, 1e-12);
    // k = 5: hits at positions 2 and 4.
    EXPECT_NEAR(Metrics::precisionAtK(ranked, relevant, 5), 0.4, 1e-12);
    EXPECT_NEAR(Metrics::recallAtK(ranked, relevant, 5), 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(Metrics::ndcgAtK(ranked, relevant, 5), (1.0 / std::log2(3.0) + 1.0 / std::log2(5.0)) / ideal3, 1e-12);
}

TEST(MetricsTest, RankingMetricsEdgeCases)
{
    const std::vector<int> ranked{1, 2};
    const std::vector<int> none;
    EXPECT_EQ(Metrics::recallAtK(ranked, none, 2), 0.0);
    EXPECT_EQ(Metrics::ndcgAtK(ranked, none, 2), 0.0);
    EXPECT_EQ(Metrics::precisionAtK(ranked, none, 0), 0.0);
    const std::vector<int> one{2};
    // A short list still divides precision by k; a perfect first hit gives NDCG 1.
    EXPECT_NEAR(Metrics::precisionAtK(one, one, 10), 0.1, 1e-12);
    EXPECT_NEAR(Metrics::ndcgAtK(one, one, 10), 1.0, 1e-12);
    const std::vector<int> repeated{2, 2, 2};
    EXPECT_NEAR(Metrics::precisionAtK(repeated, one, 3), 1.0 / 3.0, 1e-12);
}

TEST(MetricsTest, KFoldSplitPartitionsTheEntries)
{
    auto folds = KFoldSplitter::split(103, 5, 7);
    ASSERT_TRUE(folds);
    ASSERT_EQ(folds->size(), 5U);
    std::multiset<int> allTest;
    for (const Fold& f : *folds) {
        EXPECT_TRUE(f.test.size() == 20U || f.test.size() == 21U);
        EXPECT_EQ(f.train.size() + f.test.size(), 103U);
        std::set<int> both(f.train.begin(), f.train.end());
        both.insert(f.test.begin(), f.test.end());
        EXPECT_EQ(both.size(), 103U); // train and test are disjoint and cover everything
        allTest.insert(f.test.begin(), f.test.end());
    }
    EXPECT_EQ(allTest.size(), 103U);
    EXPECT_EQ(std::set<int>(allTest.begin(), allTest.end()).size(), 103U); // each entry tested once
}

TEST(MetricsTest, KFoldSplitIsDeterministicBySeedAndChecksK)
{
    auto a = KFoldSplitter::split(50, 3, 1);
    auto b = KFoldSplitter::split(50, 3, 1);
    auto c = KFoldSplitter::split(50, 3, 2);
    ASSERT_TRUE(a && b && c);
    EXPECT_EQ(a->front().test, b->front().test);
    EXPECT_NE(a->front().test, c->front().test);
    auto bad = KFoldSplitter::split(50, 1, 1);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("folds"));
    EXPECT_FALSE(KFoldSplitter::split(3, 4, 1));
}

namespace {
/// Scores items by a fixed list, the same for every user.
class FixedScores final : public RatingModel
{
public:
    explicit FixedScores(std::vector<float> scores)
        : m_scores(std::move(scores))
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("fixed"); }
    [[nodiscard]] float predict(int, int item) const override { return m_scores[static_cast<std::size_t>(item)]; }

private:
    std::vector<float> m_scores;
};
} // namespace

TEST(MetricsTest, RankingProtocolSkipsTrainingItemsAndAveragesOverUsers)
{
    RatingMatrix all = RatingMatrix::fromTriples({{QStringLiteral("u0"), QStringLiteral("i0"), 5.0F},
                                                  {QStringLiteral("u0"), QStringLiteral("i1"), 5.0F},
                                                  {QStringLiteral("u0"), QStringLiteral("i2"), 2.0F},
                                                  {QStringLiteral("u1"), QStringLiteral("i3"), 4.0F}});
    const std::vector<int> trainEntries{0};
    const std::vector<int> testEntries{1, 2, 3};
    const RatingMatrix train = all.subset(trainEntries);
    const RatingMatrix test = all.subset(testEntries);
    const FixedScores model({10.0F, 9.0F, 8.0F, 1.0F});
    // u0: i0 is in training, so the list is [i1, i2]: relevant {i1} → P 0.5, R 1, NDCG 1.
    // u1: list [i0, i1], relevant {i3} → 0, 0, 0.
    const RankingResult r = RankingEvaluator::evaluate(model, train, test, 2);
    EXPECT_EQ(r.users, 2);
    EXPECT_NEAR(r.precision, 0.25, 1e-12);
    EXPECT_NEAR(r.recall, 0.5, 1e-12);
    EXPECT_NEAR(r.ndcg, 0.5, 1e-12);
    // With a threshold of 5 only u0 has a relevant test item.
    EXPECT_EQ(RankingEvaluator::evaluate(model, train, test, 2, 5.0F).users, 1);
}
