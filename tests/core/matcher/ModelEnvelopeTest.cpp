// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/ModelEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

class ModelEnvelopeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_ratings = {{QStringLiteral("ann"), QStringLiteral("sql"), 5.0F},
                     {QStringLiteral("ann"), QStringLiteral("web"), 3.0F},
                     {QStringLiteral("bo"), QStringLiteral("sql"), 4.0F}};
        MfParams params;
        params.factors = 3;
        auto model = MatrixFactorization::train(RatingMatrix::fromTriples(m_ratings), params);
        ASSERT_TRUE(model);
        m_stored.model = std::move(*model);
        m_stored.fingerprint = ModelEnvelope::fingerprint(m_ratings, params);
        m_stored.ratings = 3;
        m_stored.trainedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    }

    QList<RatingTriple> m_ratings;
    StoredModel m_stored;
};

} // namespace

TEST_F(ModelEnvelopeTest, RoundTripsThroughCompactJson)
{
    const QString text = ModelEnvelope::encode(m_stored);
    EXPECT_FALSE(text.contains(u'\n'));
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("format")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("trained_at")).toString(), QStringLiteral("2026-11-20T09:30:00Z"));
    auto back = ModelEnvelope::decode(text);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->fingerprint, m_stored.fingerprint);
    EXPECT_EQ(back->ratings, 3);
    EXPECT_EQ(back->trainedAt, m_stored.trainedAt);
    EXPECT_EQ(back->model.save(), m_stored.model.save());
    EXPECT_EQ(ModelEnvelope::key(), QStringLiteral("recommender.mf_model"));
}

TEST_F(ModelEnvelopeTest, RefusesWhatItCannotRead)
{
    QJsonObject o = QJsonDocument::fromJson(ModelEnvelope::encode(m_stored).toUtf8()).object();
    const auto decodeWith = [](const QJsonObject& changed) {
        return ModelEnvelope::decode(QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact)));
    };
    QJsonObject newer = o;
    newer.insert(QStringLiteral("format"), 2);
    auto r = decodeWith(newer);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("model"));
    EXPECT_TRUE(r.error().message.contains(u'2'));
    QJsonObject garbage = o;
    garbage.insert(QStringLiteral("model"), QStringLiteral("%%% not base64 %%%"));
    EXPECT_EQ(decodeWith(garbage).error().field, QStringLiteral("model"));
    QJsonObject truncated = o;
    truncated.insert(QStringLiteral("model"), o.value(QStringLiteral("model")).toString().left(40));
    EXPECT_EQ(decodeWith(truncated).error().field, QStringLiteral("model"));
    EXPECT_EQ(ModelEnvelope::decode(QString()).error().field, QStringLiteral("model"));
    EXPECT_EQ(ModelEnvelope::decode(QStringLiteral("[1, 2]")).error().field, QStringLiteral("model"));
}

TEST_F(ModelEnvelopeTest, FingerprintFollowsRatingsAndParameters)
{
    const MfParams params;
    const QString base = ModelEnvelope::fingerprint(m_ratings, params);
    EXPECT_EQ(base.size(), 40);
    EXPECT_EQ(ModelEnvelope::fingerprint(m_ratings, params), base);
    QList<RatingTriple> changed = m_ratings;
    changed[1].rating = 4.0F;
    EXPECT_NE(ModelEnvelope::fingerprint(changed, params), base);
    changed = m_ratings;
    changed.removeLast();
    EXPECT_NE(ModelEnvelope::fingerprint(changed, params), base);
    changed = m_ratings;
    changed[2].user = QStringLiteral("cy");
    EXPECT_NE(ModelEnvelope::fingerprint(changed, params), base);
    MfParams other;
    other.seed = 43;
    EXPECT_NE(ModelEnvelope::fingerprint(m_ratings, other), base);
    EXPECT_NE(ModelEnvelope::fingerprint({}, params), base);
}
