// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/MatrixFactorization.h"

#include "matcher/BiasBaseline.h"
#include "matcher/GlobalMeanBaseline.h"
#include "matcher/KFoldSplitter.h"
#include "matcher/Metrics.h"
#include "matcher/SyntheticRatings.h"

#include <cstring>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

/// Test-set RMSE of a model.
double testRmse(const RatingModel& model, const RatingMatrix& test)
{
    std::vector<float> predicted;
    for (int e = 0; e < test.size(); ++e) {
        predicted.push_back(model.predict(test.users()[e], test.items()[e]));
    }
    return Metrics::rmse(predicted, test.ratings());
}

MfParams plantedParams()
{
    MfParams p;
    p.factors = 5;
    p.epochs = 60;
    p.learningRate = 0.02F;
    p.regularization = 0.02F;
    return p;
}

} // namespace

class MatrixFactorizationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_data = SyntheticRatings::planted();
        auto folds = KFoldSplitter::split(m_data.ratings.size(), 5, 11);
        ASSERT_TRUE(folds);
        m_train = m_data.ratings.subset(folds->front().train);
        m_test = m_data.ratings.subset(folds->front().test);
    }

    PlantedRatings m_data;
    RatingMatrix m_train;
    RatingMatrix m_test;
};

TEST_F(MatrixFactorizationTest, RecoversPlantedFactorsCloseToTheNoiseFloor)
{
    std::vector<float> truth;
    for (int e = 0; e < m_test.size(); ++e) {
        truth.push_back(static_cast<float>(m_data.truth(m_test.users()[e], m_test.items()[e])));
    }
    const double floor = Metrics::rmse(truth, m_test.ratings()); // ≈ noise σ = 0.2
    auto mf = MatrixFactorization::train(m_train, plantedParams());
    ASSERT_TRUE(mf) << mf.error().message.toStdString();
    const double mfRmse = testRmse(*mf, m_test);
    const double biasRmse = testRmse(BiasBaseline::train(m_train), m_test);
    const double meanRmse = testRmse(GlobalMeanBaseline::train(m_train), m_test);
    EXPECT_NEAR(floor, 0.2, 0.02);
    EXPECT_LT(mfRmse, 1.25 * floor) << "mf " << mfRmse << " floor " << floor;
    EXPECT_LT(mfRmse, 0.5 * biasRmse) << "mf " << mfRmse << " bias " << biasRmse;
    EXPECT_LT(biasRmse, meanRmse);
}

TEST_F(MatrixFactorizationTest, SameSeedGivesBitIdenticalModels)
{
    auto a = MatrixFactorization::train(m_train, plantedParams());
    auto b = MatrixFactorization::train(m_train, plantedParams());
    MfParams other = plantedParams();
    other.seed = 99;
    auto c = MatrixFactorization::train(m_train, other);
    ASSERT_TRUE(a && b && c);
    bool allEqual = true;
    bool anyDifferent = false;
    for (int u = 0; u < m_train.userCount(); u += 7) {
        for (int i = 0; i < m_train.itemCount(); i += 3) {
            const float pa = a->predict(u, i);
            const float pb = b->predict(u, i);
            allEqual = allEqual && std::memcmp(&pa, &pb, sizeof pa) == 0;
            anyDifferent = anyDifferent || pa != c->predict(u, i);
        }
    }
    EXPECT_TRUE(allEqual);
    EXPECT_TRUE(anyDifferent);
    const std::span<const float> fa = a->itemFactors(5);
    const std::span<const float> fb = b->itemFactors(5);
    ASSERT_EQ(fa.size(), 5U);
    EXPECT_EQ(std::memcmp(fa.data(), fb.data(), fa.size_bytes()), 0);
}

TEST_F(MatrixFactorizationTest, ScoreItemsEqualsUnclampedPredictBitForBit)
{
    // The blend scores its candidates either all at once (scoreItems) or one by one (the bounded
    // top-k): both must give the same float, also with a factor count that is not a multiple of
    // four and an item count that is not either.
    for (const int factors : {5, 8, 50}) {
        MfParams params = plantedParams();
        params.factors = factors;
        params.epochs = 3;
        auto mf = MatrixFactorization::train(m_train, params);
        ASSERT_TRUE(mf);
        // One item short: a count that is not a multiple of four (the planted set has 200).
        std::vector<float> scores(static_cast<std::size_t>(mf->itemCount() - 1));
        for (const int user : {0, 7, mf->userCount() - 1}) {
            mf->scoreItems(user, scores);
            for (int item = 0; item < mf->itemCount() - 1; ++item) {
                const float one = mf->unclampedPredict(user, item);
                EXPECT_EQ(std::memcmp(&scores[static_cast<std::size_t>(item)], &one, sizeof one), 0)
                    << factors << " factors, user " << user << ", item " << item;
            }
        }
    }
}

TEST_F(MatrixFactorizationTest, SaveLoadRoundTripIsExact)
{
    auto mf = MatrixFactorization::train(m_train, plantedParams());
    ASSERT_TRUE(mf);
    const QByteArray blob = mf->save();
    auto loaded = MatrixFactorization::load(blob);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->userIds(), mf->userIds());
    EXPECT_EQ(loaded->itemIds(), mf->itemIds());
    EXPECT_EQ(loaded->params().factors, 5);
    EXPECT_EQ(loaded->params().seed, mf->params().seed);
    for (int u = 0; u < m_train.userCount(); u += 13) {
        for (int i = 0; i < m_train.itemCount(); i += 5) {
            const float x = mf->predict(u, i);
            const float y = loaded->predict(u, i);
            ASSERT_EQ(std::memcmp(&x, &y, sizeof x), 0);
        }
    }
    EXPECT_EQ(loaded->predict(QStringLiteral("u3"), QStringLiteral("i7")),
              mf->predict(QStringLiteral("u3"), QStringLiteral("i7")));
    EXPECT_EQ(loaded->save(), blob);
}

TEST_F(MatrixFactorizationTest, LoadRefusesDamagedForeignAndNewerBlobs)
{
    auto mf = MatrixFactorization::train(m_train, plantedParams());
    ASSERT_TRUE(mf);
    const QByteArray blob = mf->save();

    QByteArray flipped = blob;
    flipped[blob.size() / 2] = static_cast<char>(flipped[blob.size() / 2] ^ 0x40);
    auto r = MatrixFactorization::load(flipped);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("model"));

    EXPECT_FALSE(MatrixFactorization::load(blob.left(blob.size() - 9)));
    EXPECT_FALSE(MatrixFactorization::load(QByteArray()));
    EXPECT_FALSE(MatrixFactorization::load(QByteArray("not a model at all")));

    QByteArray newer = blob;
    newer[4] = static_cast<char>(MatrixFactorization::kFormatVersion + 1);
    r = MatrixFactorization::load(newer);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("newer"))) << r.error().message.toStdString();
}

TEST_F(MatrixFactorizationTest, InvalidParametersNameTheField)
{
    const auto fieldOf = [this](MfParams p) {
        auto r = MatrixFactorization::train(m_train, p);
        return r ? QString() : r.error().field;
    };
    MfParams p;
    p.factors = 0;
    EXPECT_EQ(fieldOf(p), QStringLiteral("factors"));
    p = {};
    p.epochs = 0;
    EXPECT_EQ(fieldOf(p), QStringLiteral("epochs"));
    p = {};
    p.learningRate = 0.0F;
    EXPECT_EQ(fieldOf(p), QStringLiteral("learning_rate"));
    p = {};
    p.regularization = -0.1F;
    EXPECT_EQ(fieldOf(p), QStringLiteral("regularization"));
    p = {};
    p.initStd = 2.0F;
    EXPECT_EQ(fieldOf(p), QStringLiteral("init_std"));
    auto empty = MatrixFactorization::train(RatingMatrix(), {});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field, QStringLiteral("ratings"));
}

TEST_F(MatrixFactorizationTest, EpochCallbackCanCancel)
{
    int calls = 0;
    auto r = MatrixFactorization::train(m_train, plantedParams(), [&calls](int epoch) {
        ++calls;
        return epoch < 2;
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Refused);
    EXPECT_EQ(calls, 2);
}

TEST_F(MatrixFactorizationTest, PredictionsStayOnTheScaleAndUnknownIdsFallBack)
{
    RatingMatrix m = RatingMatrix::fromTriples({{QStringLiteral("a"), QStringLiteral("x"), 5.0F},
                                                {QStringLiteral("a"), QStringLiteral("y"), 5.0F},
                                                {QStringLiteral("b"), QStringLiteral("x"), 1.0F},
                                                {QStringLiteral("b"), QStringLiteral("z"), 2.0F}});
    m.addUser(QStringLiteral("silent")); // a user without ratings
    MfParams p;
    p.factors = 4;
    p.epochs = 200;
    p.learningRate = 0.05F;
    auto mf = MatrixFactorization::train(m, p);
    ASSERT_TRUE(mf);
    for (int u = 0; u < 3; ++u) {
        for (int i = 0; i < 3; ++i) {
            EXPECT_GE(mf->predict(u, i), 1.0F);
            EXPECT_LE(mf->predict(u, i), 5.0F);
        }
    }
    const int silent = m.userIndex(QStringLiteral("silent"));
    for (const float v : mf->userFactors(silent)) {
        EXPECT_EQ(v, 0.0F);
    }
    const float expectedUnknownUser = std::clamp(mf->globalMean() + mf->itemBias(0), 1.0F, 5.0F);
    EXPECT_FLOAT_EQ(mf->predict(QStringLiteral("stranger"), QStringLiteral("x")), expectedUnknownUser);
    EXPECT_FLOAT_EQ(mf->predict(QStringLiteral("stranger"), QStringLiteral("nothing")), mf->globalMean());
    EXPECT_TRUE(mf->userFactors(-1).empty());
}

TEST_F(MatrixFactorizationTest, RecommendSkipsExcludedItemsBestFirst)
{
    auto mf = MatrixFactorization::train(m_train, plantedParams());
    ASSERT_TRUE(mf);
    const std::vector<ScoredItem> all = mf->recommend(0, 5);
    ASSERT_EQ(all.size(), 5U);
    for (std::size_t j = 1; j < all.size(); ++j) {
        EXPECT_GE(all[j - 1].score, all[j].score);
    }
    const std::vector<int> exclude{all[0].item, all[2].item};
    const std::vector<ScoredItem> rest = mf->recommend(0, 5, exclude);
    for (const ScoredItem& s : rest) {
        EXPECT_NE(s.item, all[0].item);
        EXPECT_NE(s.item, all[2].item);
    }
    EXPECT_EQ(rest[0].item, all[1].item);
    QSet<QString> byId{mf->itemIds().at(all[0].item)};
    EXPECT_EQ(mf->recommend(mf->userIds().at(0), 1, byId).front().item, all[1].item);
    EXPECT_EQ(mf->recommend(QStringLiteral("stranger"), 3).size(), 3U);
}
