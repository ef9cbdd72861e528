// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;
using namespace Qt::StringLiterals;

class CourseCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        createId({u"topic"_s, u"add"_s, u"--name"_s, u"SQL"_s});
        createId({u"topic"_s, u"add"_s, u"--name"_s, u"Python basics"_s});
    }
    static QStringList addArgs()
    {
        return {u"course"_s,         u"add"_s,      u"--title"_s,   u"Python 1"_s,
                u"--level"_s,        u"1"_s,        u"--quality"_s, u"8"_s,
                u"--practicality"_s, u"9"_s,        u"--topic"_s,   u"Python basics"_s,
                u"--module"_s,       u"Setup:60"_s, u"--module"_s,  u"Intro: loops:1h30m:45.50"_s};
    }
    QJsonObject show(const QString& id)
    {
        const CliRun r = cli({u"--json"_s, u"course"_s, u"show"_s, u"--id"_s, id});
        EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
        return r.json().object();
    }
    QStringList moduleTitles(const QString& courseId)
    {
        QStringList out;
        const QJsonArray modules = show(courseId).value(u"modules"_s).toArray();
        for (qsizetype i = 0; i < modules.size(); ++i) {
            EXPECT_EQ(modules[i].toObject().value(u"position"_s).toInt(), i + 1);
            out << modules[i].toObject().value(u"title"_s).toString();
        }
        return out;
    }
    static QString errorField(const CliRun& r)
    {
        return r.json().object().value(u"error"_s).toObject().value(u"field"_s).toString();
    }
};

TEST_F(CourseCommandsTest, AddsWithTopicsAndModules)
{
    CliRun r = cli(addArgs());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Added course Python 1 ("_s));
    const QString id =
        createId(QStringList{u"course"_s, u"add"_s, u"--title"_s, u"SQL 1"_s, u"--level"_s, u"2"_s, u"--hours"_s,
                             u"12.5"_s, u"--quality"_s, u"7"_s, u"--practicality"_s, u"6"_s, u"--topic"_s, u"sql"_s});
    QJsonObject c = show(id);
    EXPECT_EQ(c.value(u"content_minutes"_s).toInt(), 750);
    EXPECT_EQ(c.value(u"topics"_s).toArray().first().toObject().value(u"name"_s).toString(), u"SQL"_s);

    r = cli(QStringList{u"--json"_s} + addArgs());
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    c = r.json().object();
    EXPECT_EQ(c.value(u"content_minutes"_s).toInt(), 150) << "sum of the modules";
    const QJsonArray modules = c.value(u"modules"_s).toArray();
    ASSERT_EQ(modules.size(), 2);
    EXPECT_EQ(modules[1].toObject().value(u"title"_s).toString(), u"Intro: loops"_s);
    EXPECT_EQ(modules[1].toObject().value(u"minutes"_s).toInt(), 90);
    EXPECT_EQ(modules[1].toObject().value(u"price_minor"_s).toInt(), 4550);
    EXPECT_EQ(modules[1].toObject().value(u"price"_s).toString(), u"45.50"_s);
    EXPECT_TRUE(modules[0].toObject().value(u"price_minor"_s).isNull());
}

TEST_F(CourseCommandsTest, AddRejectsBadInput)
{
    const auto with = [](const QStringList& extra) {
        return QStringList{u"--json"_s, u"course"_s,         u"add"_s, u"--title"_s, u"T"_s, u"--quality"_s,
                           u"5"_s,      u"--practicality"_s, u"5"_s} +
               extra;
    };
    struct Case
    {
        QStringList extra;
        QString field;
    };
    const QList<Case> cases = {
        {{u"--level"_s, u"6"_s, u"--hours"_s, u"1"_s}, u"level"_s},
        {{u"--level"_s, u"x"_s, u"--hours"_s, u"1"_s}, u"level"_s},
        {{u"--level"_s, u"1"_s}, u"content_minutes"_s},
        {{u"--level"_s, u"1"_s, u"--hours"_s, u"1.333"_s}, u"hours"_s},
        {{u"--level"_s, u"1"_s, u"--minutes"_s, u"ninety"_s}, u"content_minutes"_s},
        {{u"--level"_s, u"1"_s, u"--hours"_s, u"1"_s, u"--topic"_s, u"Nope"_s}, u"topic"_s},
        {{u"--level"_s, u"1"_s, u"--module"_s, u"Setup"_s}, u"modules[0].minutes"_s},
        {{u"--level"_s, u"1"_s, u"--module"_s, u"A:10"_s, u"--module"_s, u"B:0"_s}, u"modules[1].minutes"_s},
        {{u"--level"_s, u"1"_s, u"--module"_s, u"A:10:4.555"_s}, u"modules[0].price_minor"_s},
    };
    for (const Case& c : cases) {
        const CliRun r = cli(with(c.extra));
        EXPECT_EQ(r.code, 1) << c.extra.join(u' ').toStdString();
        EXPECT_EQ(errorField(r), c.field) << r.out.toStdString();
    }
    EXPECT_EQ(cli(with({u"--level"_s, u"1"_s, u"--hours"_s, u"1"_s, u"--minutes"_s, u"60"_s})).code, 2);
    EXPECT_EQ(cli({u"course"_s, u"add"_s, u"--level"_s, u"1"_s}).code, 2);
    const CliRun list = cli({u"--json"_s, u"course"_s, u"list"_s, u"--all"_s});
    EXPECT_EQ(list.json().object().value(u"total"_s).toInt(), 0) << "nothing was written";
}

TEST_F(CourseCommandsTest, EditShowListArchiveRestore)
{
    const QString id = createId(QStringList{u"--json"_s} + addArgs());
    CliRun r = cli({u"course"_s, u"edit"_s, u"--id"_s, id, u"--quality"_s, u"10"_s, u"--minutes"_s, u"3:00"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonObject c = show(id);
    EXPECT_EQ(c.value(u"quality"_s).toInt(), 10);
    EXPECT_EQ(c.value(u"content_minutes"_s).toInt(), 180);
    EXPECT_EQ(c.value(u"title"_s).toString(), u"Python 1"_s) << "options not given stay";
    r = cli({u"--json"_s, u"course"_s, u"edit"_s, u"--id"_s, id, u"--practicality"_s, u"0"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"practicality"_s);

    r = cli({u"course"_s, u"show"_s, u"--id"_s, id});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"Intro: loops"_s)) << "text show lists the modules";
    r = cli({u"course"_s, u"list"_s, u"--topic"_s, u"Python basics"_s});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"Python 1"_s));
    r = cli({u"--json"_s, u"course"_s, u"list"_s, u"--topic"_s, u"SQL"_s});
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 0);
    EXPECT_EQ(cli({u"course"_s, u"list"_s, u"--level"_s, u"9"_s}).code, 1);

    ASSERT_EQ(cli({u"course"_s, u"archive"_s, u"--id"_s, id}).code, 0);
    EXPECT_EQ(cli({u"course"_s, u"archive"_s, u"--id"_s, id}).code, 1) << "already archived";
    r = cli({u"--json"_s, u"course"_s, u"list"_s});
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 0);
    r = cli({u"--json"_s, u"course"_s, u"list"_s, u"--archived"_s});
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 1);
    ASSERT_EQ(cli({u"course"_s, u"restore"_s, u"--id"_s, id}).code, 0);
    EXPECT_FALSE(show(id).value(u"archived"_s).toBool());
    EXPECT_EQ(cli({u"course"_s, u"show"_s, u"--id"_s, u"00000000-0000-4000-8000-000000000000"_s}).code, 1);
}

TEST_F(CourseCommandsTest, SetsTopics)
{
    const QString id = createId(QStringList{u"--json"_s} + addArgs());
    CliRun r = cli(
        {u"course"_s, u"topics"_s, u"set"_s, u"--id"_s, id, u"--topic"_s, u"SQL"_s, u"--topic"_s, u"Python basics"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(show(id).value(u"topics"_s).toArray().size(), 2);
    EXPECT_EQ(cli({u"course"_s, u"topics"_s, u"set"_s, u"--id"_s, id, u"--topic"_s, u"Nope"_s}).code, 1);
    EXPECT_EQ(show(id).value(u"topics"_s).toArray().size(), 2);
    EXPECT_EQ(cli({u"course"_s, u"topics"_s, u"set"_s, u"--id"_s, id}).code, 2);
    ASSERT_EQ(cli({u"course"_s, u"topics"_s, u"set"_s, u"--id"_s, id, u"--clear"_s}).code, 0);
    EXPECT_TRUE(show(id).value(u"topics"_s).toArray().isEmpty());
}

TEST_F(CourseCommandsTest, ManagesModules)
{
    const QString id = createId(QStringList{u"--json"_s} + addArgs());
    CliRun r = cli({u"course"_s, u"module"_s, u"add"_s, u"--course"_s, id, u"--title"_s, u"Recursion"_s, u"--hours"_s,
                    u"1.5"_s, u"--price"_s, u"20"_s, u"--position"_s, u"1"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(moduleTitles(id), (QStringList{u"Recursion"_s, u"Setup"_s, u"Intro: loops"_s}));
    const QJsonArray modules = show(id).value(u"modules"_s).toArray();
    EXPECT_EQ(modules[0].toObject().value(u"price_minor"_s).toInt(), 2000);
    const QString recursion = modules[0].toObject().value(u"id"_s).toString();

    r = cli({u"course"_s, u"module"_s, u"move"_s, u"--id"_s, recursion, u"--to"_s, u"3"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(moduleTitles(id), (QStringList{u"Setup"_s, u"Intro: loops"_s, u"Recursion"_s}));
    r = cli({u"--json"_s, u"course"_s, u"module"_s, u"edit"_s, u"--id"_s, recursion, u"--no-price"_s, u"--minutes"_s,
             u"45"_s});
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_TRUE(r.json().object().value(u"price_minor"_s).isNull());
    EXPECT_EQ(r.json().object().value(u"minutes"_s).toInt(), 45);
    EXPECT_EQ(r.json().object().value(u"title"_s).toString(), u"Recursion"_s);

    r = cli({u"course"_s, u"module"_s, u"remove"_s, u"--id"_s, modules[1].toObject().value(u"id"_s).toString()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(moduleTitles(id), (QStringList{u"Intro: loops"_s, u"Recursion"_s}));
}

TEST_F(CourseCommandsTest, ModuleCommandsRejectBadInput)
{
    const QString id = createId(QStringList{u"--json"_s} + addArgs());
    const QString setup = show(id).value(u"modules"_s).toArray()[0].toObject().value(u"id"_s).toString();
    CliRun r = cli({u"--json"_s, u"course"_s, u"module"_s, u"add"_s, u"--course"_s, id, u"--title"_s, u"X"_s,
                    u"--minutes"_s, u"10"_s, u"--position"_s, u"4"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"position"_s);
    r = cli({u"--json"_s, u"course"_s, u"module"_s, u"add"_s, u"--course"_s, id, u"--title"_s, u"X"_s, u"--minutes"_s,
             u"10"_s, u"--price"_s, u"-1"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(cli({u"course"_s, u"module"_s, u"add"_s, u"--course"_s, id, u"--title"_s, u"X"_s}).code, 2);
    EXPECT_EQ(cli({u"course"_s, u"module"_s, u"edit"_s, u"--id"_s, setup, u"--price"_s, u"1"_s, u"--no-price"_s}).code,
              2);
    r = cli({u"--json"_s, u"course"_s, u"module"_s, u"move"_s, u"--id"_s, setup, u"--to"_s, u"0"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"position"_s);
    EXPECT_EQ(cli({u"course"_s, u"module"_s, u"move"_s, u"--id"_s, setup}).code, 2);
    EXPECT_EQ(cli({u"course"_s, u"module"_s, u"remove"_s, u"--id"_s, u"00000000-0000-4000-8000-000000000000"_s}).code,
              1);
    EXPECT_EQ(moduleTitles(id), (QStringList{u"Setup"_s, u"Intro: loops"_s}));
}
