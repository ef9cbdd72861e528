// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "common/Id.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk;
using namespace mentordesk::test;

namespace {
QString str(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class MentorCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
    }
    /// Inserts a topic row directly (the topic commands are another feature's).
    Id addTopic(const QString& name)
    {
        auto db = Database::open(m_db);
        EXPECT_TRUE(db.has_value());
        if (!db) {
            return {};
        }
        const Id id = newId();
        auto s = (*db)->prepare(str("INSERT INTO topics (id, name, created_at, updated_at, updated_by) "
                                    "VALUES (?, ?, ?, ?, 'test')"));
        EXPECT_TRUE(s.has_value());
        if (!s) {
            return {};
        }
        s->bind(id).bind(name).bind(str("2026-01-01T00:00:00Z")).bind(str("2026-01-01T00:00:00Z"));
        EXPECT_TRUE(s->exec().has_value());
        return id;
    }
    QString addMentor(const QString& name) { return createId({str("mentor"), str("add"), str("--name"), name}); }
    /// Runs with --json and returns the error's field (empty when there is none).
    QString errorField(const QStringList& args, int expectedCode = 1)
    {
        const CliRun r = cli(QStringList{str("--json")} + args);
        EXPECT_EQ(r.code, expectedCode) << args.join(u' ').toStdString() << '\n' << r.out.toStdString();
        return r.json().object().value(str("error")).toObject().value(str("field")).toString();
    }
};

TEST_F(MentorCommandsTest, AddEditShowListArchiveRestore)
{
    const QString id =
        createId({str("mentor"), str("add"), str("--name"), str("林华"), str("--role"), str("owner"), str("--rate"),
                  str("45.5"), str("--years-teaching"), str("12"), str("--color"), str("#3A7BD5")});
    ASSERT_FALSE(id.isEmpty());
    CliRun r = cli({str("mentor"), str("edit"), str("--id"), id, str("--email"), str("lin@example.com"), str("--rate"),
                    str("50")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(str("50.00")));
    r = cli({str("--json"), str("mentor"), str("show"), str("--id"), id});
    ASSERT_EQ(r.code, 0);
    const QJsonObject m = r.json().object();
    EXPECT_EQ(m.value(str("name")).toString(), str("林华"));
    EXPECT_EQ(m.value(str("email")).toString(), str("lin@example.com"));
    EXPECT_EQ(m.value(str("role")).toString(), str("owner"));
    EXPECT_EQ(m.value(str("default_rate")).toString(), str("50.00"));
    EXPECT_EQ(m.value(str("default_rate_minor")).toInteger(), 5000);
    EXPECT_EQ(m.value(str("years_teaching")).toInt(), 12);
    EXPECT_EQ(m.value(str("color")).toString(), str("#3a7bd5"));
    EXPECT_EQ(m.value(str("version")).toInt(), 2);
    addMentor(str("Desk Person"));
    r = cli({str("mentor"), str("list")});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(str("林华")));
    EXPECT_TRUE(r.out.contains(str("Desk Person")));
    r = cli({str("--json"), str("mentor"), str("list"), str("--role"), str("owner")});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(str("total")).toInt(), 1);
    ASSERT_EQ(cli({str("mentor"), str("archive"), str("--id"), id}).code, 0);
    r = cli({str("--json"), str("mentor"), str("list")});
    EXPECT_EQ(r.json().object().value(str("total")).toInt(), 1);
    r = cli({str("--json"), str("mentor"), str("list"), str("--archived")});
    EXPECT_EQ(r.json().object().value(str("items")).toArray().first().toObject().value(str("id")).toString(), id);
    EXPECT_EQ(cli({str("mentor"), str("archive"), str("--id"), id}).code, 1) << "archiving twice is refused";
    ASSERT_EQ(cli({str("mentor"), str("restore"), str("--id"), id}).code, 0);
    r = cli({str("--json"), str("mentor"), str("list"), str("--limit"), str("1"), str("--offset"), str("1")});
    EXPECT_EQ(r.json().object().value(str("total")).toInt(), 2);
    EXPECT_EQ(r.json().object().value(str("items")).toArray().size(), 1);
}

TEST_F(MentorCommandsTest, ExpertiseSetShowRemove)
{
    const QString id = addMentor(str("Ana"));
    const Id algebra = addTopic(str("Algebra"));
    CliRun r = cli({str("mentor"), str("expertise"), str("set"), str("--id"), id, str("--topic"), algebra,
                    str("--level"), str("4")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({str("mentor"), str("show"), str("--id"), id});
    EXPECT_TRUE(r.out.contains(str("Algebra (level 4)"))) << r.out.toStdString();
    r = cli({str("--json"), str("mentor"), str("show"), str("--id"), id});
    const QJsonObject e = r.json().object().value(str("expertise")).toArray().first().toObject();
    EXPECT_EQ(e.value(str("topic_id")).toString(), algebra);
    EXPECT_EQ(e.value(str("level")).toInt(), 4);
    r = cli({str("mentor"), str("expertise"), str("remove"), str("--id"), id, str("--topic"), algebra});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({str("--json"), str("mentor"), str("show"), str("--id"), id});
    EXPECT_TRUE(r.json().object().value(str("expertise")).toArray().isEmpty());
    EXPECT_EQ(cli({str("mentor"), str("expertise"), str("remove"), str("--id"), id, str("--topic"), algebra}).code, 1);
}

TEST_F(MentorCommandsTest, ExpertiseBadInput)
{
    const QString id = addMentor(str("Ana"));
    const Id topic = addTopic(str("Chess"));
    EXPECT_EQ(errorField({str("mentor"), str("expertise"), str("set"), str("--id"), id, str("--topic"), newId(),
                          str("--level"), str("3")}),
              str("topic_id"));
    EXPECT_EQ(errorField({str("mentor"), str("expertise"), str("set"), str("--id"), id, str("--topic"), topic,
                          str("--level"), str("9")}),
              str("level"));
    EXPECT_EQ(errorField({str("mentor"), str("expertise"), str("set"), str("--id"), id, str("--topic"), topic,
                          str("--level"), str("x")}),
              str("level"));
    EXPECT_EQ(cli({str("mentor"), str("expertise"), str("set"), str("--id"), newId(), str("--topic"), topic,
                   str("--level"), str("3")})
                  .code,
              1);
    EXPECT_EQ(cli({str("mentor"), str("expertise"), str("set"), str("--id"), id, str("--topic"), topic}).code, 2);
    EXPECT_EQ(cli({str("mentor"), str("expertise"), str("frob"), str("--id"), id}).code, 2);
}

TEST_F(MentorCommandsTest, AvailabilitySetShowAndClear)
{
    const QString id = addMentor(str("Ben"));
    CliRun r = cli({str("--json"), str("mentor"), str("availability"), str("set"), str("--id"), id, str("--slot"),
                    str("wed 14:00-18:30"), str("--slot"), str("mon 09:00-12:00")});
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().object().value(str("weekly_available_minutes")).toInt(), 180 + 270);
    const QJsonArray weekSlots = r.json().object().value(str("availability")).toArray();
    ASSERT_EQ(weekSlots.size(), 2);
    EXPECT_EQ(weekSlots.first().toObject().value(str("day")).toString(), str("mon"));
    EXPECT_EQ(weekSlots.last().toObject().value(str("end")).toString(), str("18:30"));
    r = cli({str("mentor"), str("show"), str("--id"), id});
    EXPECT_TRUE(r.out.contains(str("mon 09:00-12:00, wed 14:00-18:30"))) << r.out.toStdString();
    r = cli({str("mentor"), str("availability"), str("set"), str("--id"), id, str("--clear")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({str("--json"), str("mentor"), str("show"), str("--id"), id});
    EXPECT_EQ(r.json().object().value(str("weekly_available_minutes")).toInt(), 0);
}

TEST_F(MentorCommandsTest, AvailabilityBadInput)
{
    const QString id = addMentor(str("Ben"));
    ASSERT_EQ(
        cli({str("mentor"), str("availability"), str("set"), str("--id"), id, str("--slot"), str("fri 10:00-11:00")})
            .code,
        0);
    const CliRun overlap = cli({str("mentor"), str("availability"), str("set"), str("--id"), id, str("--slot"),
                                str("mon 09:00-12:00"), str("--slot"), str("mon 11:00-13:00")});
    EXPECT_EQ(overlap.code, 1);
    EXPECT_TRUE(overlap.err.contains(str("mon 09:00-12:00"))) << overlap.err.toStdString();
    EXPECT_TRUE(overlap.err.contains(str("mon 11:00-13:00")));
    EXPECT_EQ(errorField({str("mentor"), str("availability"), str("set"), str("--id"), id, str("--slot"),
                          str("mon 09:00-12:00"), str("--slot"), str("mon 11:00-13:00")}),
              str("availability"));
    EXPECT_EQ(errorField({str("mentor"), str("availability"), str("set"), str("--id"), id, str("--slot"),
                          str("funday 09:00-12:00")}),
              str("availability"));
    EXPECT_EQ(errorField({str("mentor"), str("availability"), str("set"), str("--id"), id, str("--slot"),
                          str("mon 12:00-09:00")}),
              str("availability"));
    EXPECT_EQ(cli({str("mentor"), str("availability"), str("set"), str("--id"), id}).code, 2)
        << "neither --slot nor --clear";
    EXPECT_EQ(cli({str("mentor"), str("availability"), str("set"), str("--id"), id, str("--clear"), str("--slot"),
                   str("mon 09:00-10:00")})
                  .code,
              2);
    const CliRun show = cli({str("--json"), str("mentor"), str("show"), str("--id"), id});
    EXPECT_EQ(show.json().object().value(str("weekly_available_minutes")).toInt(), 60)
        << "refused changes wrote nothing";
}

TEST_F(MentorCommandsTest, BadInputIsReportedWithExitCodes)
{
    EXPECT_EQ(errorField({str("mentor"), str("add"), str("--name"), str("X"), str("--role"), str("boss")}),
              str("role"));
    EXPECT_EQ(errorField({str("mentor"), str("add"), str("--name"), str("X"), str("--rate"), str("12.345")}),
              str("default_rate"));
    EXPECT_EQ(errorField({str("mentor"), str("add"), str("--name"), str("X"), str("--rate"), str("-5")}),
              str("default_rate"));
    EXPECT_EQ(errorField({str("mentor"), str("add"), str("--name"), str("X"), str("--years-teaching"), str("81")}),
              str("years_teaching"));
    EXPECT_EQ(errorField({str("mentor"), str("add"), str("--name"), str("X"), str("--color"), str("red")}),
              str("color"));
    EXPECT_EQ(errorField({str("mentor"), str("add"), str("--name"), str("X"), str("--email"), str("nope")}),
              str("email"));
    EXPECT_EQ(errorField({str("mentor"), str("add"), str("--name"), str("  ")}), str("name"));
    EXPECT_EQ(errorField({str("mentor"), str("list"), str("--role"), str("boss")}), str("role"));
    const CliRun text = cli({str("mentor"), str("add"), str("--name"), str("X"), str("--years-teaching"), str("-1")});
    EXPECT_EQ(text.code, 1);
    EXPECT_FALSE(text.err.isEmpty());
    EXPECT_EQ(cli({str("mentor"), str("show"), str("--id"), newId()}).code, 1);
    EXPECT_EQ(cli({str("mentor"), str("list"), str("--limit"), str("0")}).code, 1);
    EXPECT_EQ(cli({str("mentor"), str("add")}).code, 2);
    EXPECT_EQ(cli({str("mentor"), str("add"), str("--name"), str("X"), str("--hourly"), str("5")}).code, 2);
    EXPECT_EQ(cli({str("mentor"), str("edit"), str("--name"), str("X")}).code, 2);
    const CliRun list = cli({str("--json"), str("mentor"), str("list"), str("--all")});
    EXPECT_EQ(list.json().object().value(str("total")).toInt(), 0) << "nothing was written by the refused commands";
}
