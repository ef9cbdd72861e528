// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "LessonFixture.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk;
using namespace mentordesk::test;

class FeedbackCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        auto db = Database::open(m_db);
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        LessonFixture fx(**db);
        anna = fx.addMentor(QStringLiteral("Anna Berg"));
        li = fx.addLearner(QStringLiteral("Li Wei"));
        mia = fx.addLearner(QStringLiteral("Mia Klein"));
        course = fx.addCourse(QStringLiteral("Piano I"));
        topic = fx.addTopic(QStringLiteral("Scales"));
        liE = fx.addEnrollment(li, anna, QStringLiteral("active"), course);
    }
    static QStringList args(std::initializer_list<const char*> words)
    {
        QStringList out;
        for (const char* w : words) {
            out << QString::fromUtf8(w);
        }
        return out;
    }

    Id anna, li, mia, course, topic, liE;
};

TEST_F(FeedbackCommandsTest, RatingsAreAddedReplacedAndListed)
{
    const QStringList rate = args({"--json", "feedback", "add", "--learner"})
                             << li << QStringLiteral("--course") << course;
    CliRun r = cli(rate + args({"--stars", "3"}));
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("version")).toInt(), 1);
    r = cli(rate + args({"--stars", "5", "--comment", "much better"}));
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(QStringLiteral("version")).toInt(), 2);
    ASSERT_EQ(cli(args({"feedback", "add", "--learner"})
                  << mia << QStringLiteral("--mentor") << anna << QStringLiteral("--stars") << QStringLiteral("4"))
                  .code,
              0);

    r = cli(args({"--json", "feedback", "list", "--course"}) << course);
    ASSERT_EQ(r.code, 0);
    const QJsonObject page = r.json().object();
    EXPECT_EQ(page.value(QStringLiteral("total")).toInt(), 1);
    EXPECT_EQ(page.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("stars")).toInt(), 5);
    r = cli(args({"feedback", "list"}));
    EXPECT_TRUE(r.out.contains(QStringLiteral("much better"))) << r.out.toStdString();
    r = cli(args({"--json", "feedback", "list", "--mentor"}) << anna);
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 1);
}

TEST_F(FeedbackCommandsTest, BadRatingsGiveTheRightExitCode)
{
    EXPECT_EQ(
        cli(args({"feedback", "add", "--learner"}) << li << QStringLiteral("--stars") << QStringLiteral("3")).code, 2);
    EXPECT_EQ(cli(args({"feedback", "add", "--learner"})
                  << li << QStringLiteral("--course") << course << QStringLiteral("--mentor") << anna
                  << QStringLiteral("--stars") << QStringLiteral("3"))
                  .code,
              2);
    CliRun r = cli(args({"--json", "feedback", "add", "--learner"})
                   << li << QStringLiteral("--course") << course << QStringLiteral("--stars") << QStringLiteral("6"));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("stars"));
    r = cli(args({"--json", "feedback", "add", "--learner"})
            << li << QStringLiteral("--lesson") << QStringLiteral("00000000-0000-4000-8000-000000000000")
            << QStringLiteral("--stars") << QStringLiteral("4"));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("lesson"));
    r = cli(args({"--json", "feedback", "list"}));
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 0);
}

TEST_F(FeedbackCommandsTest, AssessmentsAreRecordedAndListedOldestFirst)
{
    const QStringList assess = args({"--json", "feedback", "assess", "--mentor"})
                               << anna << QStringLiteral("--learner") << li << QStringLiteral("--topic") << topic;
    CliRun r = cli(assess + args({"--mastery", "70"}));
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("assessed_at")).toString(), QStringLiteral("2026-01-15 11:00"));
    r = cli(assess + args({"--mastery", "40", "--at", "2026-01-05", "--note", "first check", "--enrollment"}) << liE);
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("assessed_at")).toString(), QStringLiteral("2026-01-05 12:00"));

    EXPECT_EQ(cli(assess + args({"--mastery", "101"})).code, 1);
    EXPECT_EQ(cli(assess + args({"--mastery", "50", "--at", "2026-02-01"})).code, 1) << "not in the future";
    EXPECT_EQ(cli(assess + args({"--mastery", "50", "--at", "2026-13-01"})).code, 1);
    EXPECT_EQ(cli(args({"feedback", "assess", "--mentor"}) << anna << QStringLiteral("--learner") << li).code, 2);

    r = cli(args({"--json", "feedback", "assessments", "--learner"}) << li << QStringLiteral("--topic") << topic);
    ASSERT_EQ(r.code, 0);
    const QJsonArray rows = r.json().array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("mastery")).toInt(), 40);
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("mastery")).toInt(), 70);
    r = cli(args({"feedback", "assessments", "--learner"}) << li);
    EXPECT_TRUE(r.out.contains(QStringLiteral("first check"))) << r.out.toStdString();
    EXPECT_EQ(cli(args({"feedback", "assessments", "--learner", "00000000-0000-4000-8000-000000000000"})).code, 1);
}

TEST_F(FeedbackCommandsTest, BlindModeHidesRatingsFromAMentorUntilTheyAssess)
{
    CliRun r = cli(args({"--json", "feedback", "settings"}));
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("blind_ratings")).toString(), QStringLiteral("off"));
    EXPECT_EQ(cli(args({"--json", "feedback", "settings", "--blind", "maybe"})).code, 1);
    r = cli(args({"--json", "feedback", "settings", "--blind", "on"}));
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(QStringLiteral("blind_ratings")).toString(), QStringLiteral("on"));

    ASSERT_EQ(cli(args({"feedback", "add", "--learner"})
                  << li << QStringLiteral("--mentor") << anna << QStringLiteral("--stars") << QStringLiteral("2"))
                  .code,
              0);
    r = cli(args({"--json", "feedback", "list", "--as-mentor"}) << anna);
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 0);
    r = cli(args({"--json", "feedback", "list"}));
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 1) << "the plain list is not blind";

    ASSERT_EQ(cli(args({"feedback", "assess", "--mentor"})
                  << anna << QStringLiteral("--learner") << li << QStringLiteral("--topic") << topic
                  << QStringLiteral("--mastery") << QStringLiteral("60"))
                  .code,
              0);
    r = cli(args({"--json", "feedback", "list", "--as-mentor"}) << anna);
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 1);
    EXPECT_EQ(cli(args({"feedback", "list", "--as-mentor", "00000000-0000-4000-8000-000000000000"})).code, 1);
}
