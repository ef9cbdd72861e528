// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;
using namespace Qt::StringLiterals;

class TopicCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
    }
    QString topic(const QString& name, const QString& area = QString())
    {
        QStringList args{u"topic"_s, u"add"_s, u"--name"_s, name};
        if (!area.isEmpty()) {
            args << u"--area"_s << area;
        }
        return createId(args);
    }
    int addPrereq(const QString& topic, const QString& prerequisite)
    {
        return cli({u"topic"_s, u"prereq"_s, u"add"_s, u"--topic"_s, topic, u"--requires"_s, prerequisite}).code;
    }
};

TEST_F(TopicCommandsTest, AddEditShowListRemove)
{
    const QString id = topic(u"Python basics"_s, u"programming"_s);
    ASSERT_FALSE(id.isEmpty());
    CliRun r = cli({u"topic"_s, u"edit"_s, u"--id"_s, u"python BASICS"_s, u"--description"_s, u"Loops"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({u"--json"_s, u"topic"_s, u"show"_s, u"--id"_s, id});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(u"description"_s).toString(), u"Loops"_s);
    EXPECT_EQ(r.json().object().value(u"version"_s).toInt(), 2);
    topic(u"Scales"_s, u"music"_s);
    r = cli({u"--json"_s, u"topic"_s, u"list"_s, u"--area"_s, u"music"_s});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 1);
    r = cli({u"topic"_s, u"list"_s});
    EXPECT_TRUE(r.out.contains(u"Python basics"_s));
    EXPECT_TRUE(r.out.contains(u"Scales"_s));
    r = cli({u"topic"_s, u"remove"_s, u"--id"_s, u"Scales"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Removed topic Scales."_s));
    EXPECT_EQ(cli({u"topic"_s, u"show"_s, u"--id"_s, u"Scales"_s}).code, 1);
}

TEST_F(TopicCommandsTest, BadInputExitsOneAndUsageErrorsTwo)
{
    topic(u"SQL"_s);
    CliRun r = cli({u"--json"_s, u"topic"_s, u"add"_s, u"--name"_s, u"sql"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(u"error"_s).toObject().value(u"field"_s).toString(), u"name"_s);
    EXPECT_EQ(r.json().object().value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s);
    r = cli({u"topic"_s, u"add"_s, u"--name"_s, u"  "_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(cli({u"topic"_s, u"add"_s}).code, 2);
    EXPECT_EQ(cli({u"topic"_s, u"add"_s, u"--name"_s, u"X"_s, u"--colour"_s, u"red"_s}).code, 2);
    EXPECT_EQ(cli({u"topic"_s, u"show"_s, u"--id"_s, u"Nothing"_s}).code, 1);
    EXPECT_EQ(cli({u"topic"_s, u"list"_s, u"--limit"_s, u"0"_s}).code, 1);
    EXPECT_EQ(cli({u"topic"_s, u"frobnicate"_s}).code, 2);
}

TEST_F(TopicCommandsTest, PrerequisitesRefuseCyclesNamingThem)
{
    topic(u"SQL"_s);
    topic(u"Python basics"_s);
    topic(u"Advanced Python"_s);
    ASSERT_EQ(addPrereq(u"Python basics"_s, u"SQL"_s), 0);
    ASSERT_EQ(addPrereq(u"Advanced Python"_s, u"Python basics"_s), 0);
    CliRun r = cli({u"topic"_s, u"prereq"_s, u"add"_s, u"--topic"_s, u"SQL"_s, u"--requires"_s, u"Advanced Python"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"“SQL” cannot require “Advanced Python”: that would make a cycle SQL → Python basics → "
                               "Advanced Python → SQL."_s))
        << r.err.toStdString();
    r = cli({u"--json"_s, u"topic"_s, u"prereq"_s, u"add"_s, u"--topic"_s, u"SQL"_s, u"--requires"_s, u"SQL"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(u"error"_s).toObject().value(u"field"_s).toString(), u"prerequisite_id"_s);
    EXPECT_EQ(addPrereq(u"Python basics"_s, u"SQL"_s), 1) << "duplicate";
    EXPECT_EQ(addPrereq(u"Python basics"_s, u"Nope"_s), 1);
    EXPECT_EQ(cli({u"topic"_s, u"prereq"_s, u"add"_s, u"--topic"_s, u"SQL"_s}).code, 2);

    r = cli({u"topic"_s, u"prereq"_s, u"remove"_s, u"--topic"_s, u"Python basics"_s, u"--requires"_s, u"SQL"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"“Python basics” no longer requires “SQL”."_s));
    r = cli({u"topic"_s, u"prereq"_s, u"remove"_s, u"--topic"_s, u"Python basics"_s, u"--requires"_s, u"SQL"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(addPrereq(u"SQL"_s, u"Advanced Python"_s), 0) << "no cycle any more";
}

TEST_F(TopicCommandsTest, GraphPrintsAnIndentedTreeAndJson)
{
    topic(u"SQL"_s);
    topic(u"Python basics"_s);
    topic(u"Advanced Python"_s);
    topic(u"Git"_s);
    topic(u"Violin"_s);
    ASSERT_EQ(addPrereq(u"Python basics"_s, u"SQL"_s), 0);
    ASSERT_EQ(addPrereq(u"Advanced Python"_s, u"Python basics"_s), 0);
    ASSERT_EQ(addPrereq(u"Advanced Python"_s, u"Git"_s), 0);
    ASSERT_EQ(addPrereq(u"Advanced Python"_s, u"SQL"_s), 0);
    CliRun r = cli({u"topic"_s, u"graph"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"Advanced Python\n"
                     "  Git\n"
                     "  Python basics\n"
                     "    SQL\n"
                     "  SQL\n"
                     "Violin\n"_s);
    r = cli({u"topic"_s, u"graph"_s, u"--topic"_s, u"python basics"_s});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.out, u"Python basics\n  SQL\n"_s);

    r = cli({u"--json"_s, u"topic"_s, u"graph"_s});
    ASSERT_EQ(r.code, 0);
    const QJsonObject all = r.json().object();
    EXPECT_EQ(all.value(u"nodes"_s).toArray().size(), 5);
    EXPECT_EQ(all.value(u"edges"_s).toArray().size(), 4);
    r = cli({u"--json"_s, u"topic"_s, u"graph"_s, u"--topic"_s, u"Python basics"_s});
    const QJsonArray nodes = r.json().object().value(u"nodes"_s).toArray();
    ASSERT_EQ(nodes.size(), 2);
    EXPECT_EQ(nodes[0].toObject().value(u"name"_s).toString(), u"SQL"_s) << "prerequisites first";
    EXPECT_EQ(r.json().object().value(u"edges"_s).toArray().size(), 1);
    EXPECT_EQ(cli({u"topic"_s, u"graph"_s, u"--topic"_s, u"Nope"_s}).code, 1);
}

TEST_F(TopicCommandsTest, GraphOfAnEmptyStudioSaysSo)
{
    const CliRun r = cli({u"topic"_s, u"graph"_s});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"no topics"_s));
}

TEST_F(TopicCommandsTest, RemoveIsRefusedWhileAPrerequisiteLinkExists)
{
    topic(u"Rhythm"_s);
    topic(u"Reading music"_s);
    ASSERT_EQ(addPrereq(u"Reading music"_s, u"Rhythm"_s), 0);
    const CliRun r = cli({u"topic"_s, u"remove"_s, u"--id"_s, u"Rhythm"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"prerequisite link"_s)) << r.err.toStdString();
    EXPECT_EQ(cli({u"topic"_s, u"show"_s, u"--id"_s, u"Rhythm"_s}).code, 0);
}
