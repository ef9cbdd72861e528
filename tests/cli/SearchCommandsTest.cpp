// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;
using namespace Qt::Literals::StringLiterals;

class SearchCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        m_payer = createId({u"payer"_s, u"add"_s, u"--name"_s, u"王家"_s, u"--email"_s, u"wang@example.com"_s});
        m_learner = createId({u"learner"_s, u"add"_s, u"--name"_s, u"王小明"_s, u"--payer"_s, m_payer});
        createId({u"learner"_s, u"add"_s, u"--name"_s, u"Anna Chen"_s});
        createId({u"learner"_s, u"add"_s, u"--name"_s, u"Annabel Chen"_s});
        createId({u"learner"_s, u"add"_s, u"--name"_s, u"Joanna Li"_s});
    }
    QString m_payer;
    QString m_learner;
};

TEST_F(SearchCommandsTest, PrintsHitsAsATableBestFirst)
{
    const CliRun r = cli({u"search"_s, u"anna"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(u"kind"_s));
    EXPECT_TRUE(lines[1].contains(u"Anna Chen"_s));
    EXPECT_TRUE(lines[2].contains(u"Annabel Chen"_s));
    EXPECT_TRUE(lines[3].contains(u"Joanna Li"_s));
}

TEST_F(SearchCommandsTest, JsonListsKindIdRankAndJoinsWords)
{
    CliRun r = cli({u"--json"_s, u"search"_s, u"王"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray hits = r.json().array();
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].toObject().value(u"kind"_s).toString(), u"learner"_s);
    EXPECT_EQ(hits[0].toObject().value(u"id"_s).toString(), m_learner);
    EXPECT_EQ(hits[0].toObject().value(u"rank"_s).toString(), u"prefix"_s);
    EXPECT_EQ(hits[0].toObject().value(u"subtitle"_s).toString(), u"王家"_s);
    EXPECT_EQ(hits[1].toObject().value(u"kind"_s).toString(), u"payer"_s);
    EXPECT_EQ(hits[1].toObject().value(u"id"_s).toString(), m_payer);

    r = cli({u"--json"_s, u"search"_s, u"anna"_s, u"chen"_s});
    ASSERT_EQ(r.code, 0);
    ASSERT_EQ(r.json().array().size(), 1);
    EXPECT_EQ(r.json().array()[0].toObject().value(u"rank"_s).toString(), u"exact"_s);
}

TEST_F(SearchCommandsTest, LimitAppliesPerKind)
{
    const CliRun r = cli({u"--json"_s, u"search"_s, u"chen"_s, u"--limit"_s, u"1"_s});
    ASSERT_EQ(r.code, 0);
    ASSERT_EQ(r.json().array().size(), 1);
    EXPECT_EQ(r.json().array()[0].toObject().value(u"title"_s).toString(), u"Anna Chen"_s);
}

TEST_F(SearchCommandsTest, SaysSoWhenNothingMatches)
{
    CliRun r = cli({u"search"_s, u"zzz"_s});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"Nothing matches “zzz”"_s)) << r.out.toStdString();
    r = cli({u"--json"_s, u"search"_s, u"zzz"_s});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.json().isArray());
    EXPECT_TRUE(r.json().array().isEmpty());
}

TEST_F(SearchCommandsTest, BadLimitOrMissingTextIsRefused)
{
    CliRun r = cli({u"search"_s, u"anna"_s, u"--limit"_s, u"0"_s});
    EXPECT_EQ(r.code, 1);
    r = cli({u"search"_s, u"anna"_s, u"--limit"_s, u"many"_s});
    EXPECT_EQ(r.code, 1);
    r = cli({u"search"_s});
    EXPECT_EQ(r.code, 2);
    r = cli({u"search"_s, QString(300, u'x')});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"too long"_s)) << r.err.toStdString();
}
