// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "LessonFixture.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk;
using namespace mentordesk::test;

class LessonCommandsTest : public CliTest
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
        bo = fx.addMentor(QStringLiteral("Bo Chen"));
        li = fx.addLearner(QStringLiteral("Li Wei"));
        mia = fx.addLearner(QStringLiteral("Mia Klein"));
        liE = fx.addEnrollment(li, anna);
        miaE = fx.addEnrollment(mia, anna);
    }

    static QStringList args(std::initializer_list<const char*> words)
    {
        QStringList out;
        for (const char* w : words) {
            out << QString::fromUtf8(w);
        }
        return out;
    }
    QString addLesson(const Id& mentor, const Id& enrollment, const char* start)
    {
        return createId(args({"lesson", "add", "--mentor"}) << mentor << QStringLiteral("--enrollment") << enrollment
                                                            << QStringLiteral("--start") << QString::fromLatin1(start));
    }
    QJsonObject showJson(const QString& id)
    {
        return cli(args({"--json", "lesson", "show", "--id"}) << id).json().object();
    }

    Id anna, bo, li, mia, liE, miaE;
};

TEST_F(LessonCommandsTest, AddShowAndListInStudioTime)
{
    CliRun r = cli(args({"--json", "lesson", "add", "--mentor"})
                   << anna << QStringLiteral("--enrollment") << liE << QStringLiteral("--enrollment") << miaE
                   << QStringLiteral("--start") << QStringLiteral("2026-02-03 17:00") << QStringLiteral("--minutes")
                   << QStringLiteral("45") << QStringLiteral("--location") << QStringLiteral("Room 2"));
    ASSERT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("start")).toString(), QStringLiteral("2026-02-03 17:00"));
    EXPECT_EQ(o.value(QStringLiteral("end")).toString(), QStringLiteral("2026-02-03 17:45"));
    EXPECT_EQ(o.value(QStringLiteral("starts_at_utc")).toString(), QStringLiteral("2026-02-03T16:00:00Z"));
    EXPECT_EQ(o.value(QStringLiteral("attendees")).toArray().size(), 2);
    const QString id = o.value(QStringLiteral("id")).toString();

    r = cli(args({"lesson", "show", "--id"}) << id);
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Li Wei, Mia Klein"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Room 2")));

    addLesson(bo, liE, "2026-02-10 09:00");
    r = cli(args({"--json", "lesson", "list", "--from", "2026-02-01", "--to", "2026-02-03"}));
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 1);
    r = cli(args({"--json", "lesson", "list", "--mentor"}) << bo);
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 1);
    r = cli(args({"--json", "lesson", "list", "--learner"}) << mia);
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 1);
    r = cli(args({"lesson", "list"}));
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-02-10 09:00"))) << r.out.toStdString();
}

TEST_F(LessonCommandsTest, ClashesExitOneAndListEveryConflict)
{
    const QString first = addLesson(anna, liE, "2026-02-03 17:00");
    const QStringList clash = args({"lesson", "add", "--mentor"})
                              << anna << QStringLiteral("--enrollment") << liE << QStringLiteral("--start")
                              << QStringLiteral("2026-02-03 17:30");
    CliRun r = cli(clash);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2026-02-03 17:00–18:00"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Anna Berg")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("Li Wei")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("--allow-conflict")));

    r = cli(QStringList{QStringLiteral("--json")} + clash);
    EXPECT_EQ(r.code, 1);
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("conflict"));
    const QJsonArray conflicts = o.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 2);
    EXPECT_EQ(conflicts[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("mentor_double_booked"));
    EXPECT_EQ(conflicts[1].toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("learner_double_booked"));
    EXPECT_EQ(conflicts[1].toObject().value(QStringLiteral("lesson_id")).toString(), first);

    r = cli(clash + QStringList{QStringLiteral("--allow-conflict")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning")));

    r = cli(args({"lesson", "conflicts", "--mentor"})
            << anna << QStringLiteral("--start") << QStringLiteral("2026-02-03 18:30"));
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("No conflicts."))) << r.out.toStdString();
    r = cli(args({"--json", "lesson", "conflicts", "--mentor"})
            << anna << QStringLiteral("--start") << QStringLiteral("2026-02-03 17:59") << QStringLiteral("--minutes")
            << QStringLiteral("30"));
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.json().array().size(), 2);
}

TEST_F(LessonCommandsTest, BadInputGivesTheRightExitCode)
{
    const QStringList base = args({"lesson", "add", "--mentor"}) << anna << QStringLiteral("--enrollment") << liE;
    EXPECT_EQ(cli(base).code, 2) << "--start is required";
    EXPECT_EQ(cli(base + args({"--start", "2026-02-03 17:00", "--colour", "red"})).code, 2);
    CliRun r = cli(base + args({"--start", "3 Feb 5pm"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("YYYY-MM-DD HH:MM"))) << r.err.toStdString();
    r = cli(QStringList{QStringLiteral("--json")} + base + args({"--start", "2026-02-03 17:00", "--minutes", "0"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("minutes"));
    r = cli(base + args({"--start", "2026-03-29 02:30"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    r = cli(args({"lesson", "add", "--mentor", "00000000-0000-4000-8000-000000000000", "--enrollment"})
            << liE << QStringLiteral("--start") << QStringLiteral("2026-02-03 17:00"));
    EXPECT_EQ(r.code, 1);
    r = cli(args({"--json", "lesson", "list"}));
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 0) << "nothing was written";
    EXPECT_EQ(cli(args({"lesson", "list", "--from", "yesterday"})).code, 1);
    EXPECT_EQ(cli(args({"lesson", "list", "--status", "done"})).code, 1);
    EXPECT_EQ(cli(args({"lesson", "show", "--id", "00000000-0000-4000-8000-000000000000"})).code, 1);
}

TEST_F(LessonCommandsTest, RecordingCommands)
{
    const QString past = addLesson(anna, liE, "2026-01-14 17:00");
    const QString future = addLesson(anna, miaE, "2026-01-20 17:00");
    CliRun r = cli(args({"lesson", "complete", "--id"}) << past << QStringLiteral("--minutes") << QStringLiteral("55")
                                                        << QStringLiteral("--homework") << QStringLiteral("p. 12"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonObject o = showJson(past);
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    EXPECT_EQ(o.value(QStringLiteral("actual_minutes")).toInt(), 55);
    EXPECT_EQ(o.value(QStringLiteral("homework")).toString(), QStringLiteral("p. 12"));

    EXPECT_EQ(cli(args({"lesson", "reschedule", "--id"})
                  << past << QStringLiteral("--start") << QStringLiteral("2026-01-14 18:00"))
                  .code,
              1)
        << "a held lesson keeps its time";
    EXPECT_EQ(cli(args({"lesson", "reschedule", "--id"}) << future).code, 2);
    r = cli(args({"lesson", "reschedule", "--id"})
            << future << QStringLiteral("--start") << QStringLiteral("2026-01-21 16:00"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(showJson(future).value(QStringLiteral("start")).toString(), QStringLiteral("2026-01-21 16:00"));

    EXPECT_EQ(cli(args({"lesson", "no-show", "--id"}) << future).code, 1) << "not started yet";
    EXPECT_EQ(
        cli(args({"lesson", "cancel", "--id"}) << future << QStringLiteral("--by") << QStringLiteral("teacher")).code,
        1);
    EXPECT_EQ(cli(args({"lesson", "cancel", "--id"}) << future).code, 2);
    r = cli(args({"lesson", "cancel", "--id"})
            << future << QStringLiteral("--by") << QStringLiteral("learner") << QStringLiteral("--late"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    o = showJson(future);
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("late_cancel"));
    EXPECT_EQ(o.value(QStringLiteral("cancelled_at")).toString(), QStringLiteral("2026-01-15 11:00"));

    r = cli(args({"lesson", "notes", "--id"}) << future << QStringLiteral("--notes") << QStringLiteral("flu"));
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(showJson(future).value(QStringLiteral("notes")).toString(), QStringLiteral("flu"));
    EXPECT_EQ(cli(args({"lesson", "notes", "--id"}) << future).code, 2);

    r = cli(args({"lesson", "attendance", "--id"})
            << past << QStringLiteral("--learner") << li << QStringLiteral("--status") << QStringLiteral("no_show"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(cli(args({"lesson", "show", "--id"}) << past).out.contains(QStringLiteral("Li Wei (No-show)")));
    EXPECT_EQ(cli(args({"lesson", "attendance", "--id"})
                  << past << QStringLiteral("--learner") << li << QStringLiteral("--status") << QStringLiteral("gone"))
                  .code,
              1);
}

TEST_F(LessonCommandsTest, SeriesAddEditSkipAndCancel)
{
    CliRun r = cli(args({"--json", "lesson", "series", "add", "--mentor"})
                   << anna << QStringLiteral("--enrollment") << liE << QStringLiteral("--start")
                   << QStringLiteral("2026-03-17 17:00") << QStringLiteral("--count") << QStringLiteral("4")
                   << QStringLiteral("--skip") << QStringLiteral("2026-03-24"));
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    QJsonObject o = r.json().object();
    const QString series = o.value(QStringLiteral("id")).toString();
    const QJsonArray lessons = o.value(QStringLiteral("lessons")).toArray();
    ASSERT_EQ(lessons.size(), 3);
    EXPECT_EQ(lessons[1].toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-31 17:00"))
        << "same local time after the change to summer time";
    EXPECT_EQ(o.value(QStringLiteral("skipped")).toArray().size(), 1);

    const QStringList seriesBase = args({"lesson", "series", "add", "--mentor"})
                                   << anna << QStringLiteral("--enrollment") << miaE << QStringLiteral("--start")
                                   << QStringLiteral("2026-05-05 10:00");
    r = cli(seriesBase + args({"--until", "2026-06-01", "--count", "3"}));
    EXPECT_EQ(r.code, 1);
    r = cli(QStringList{QStringLiteral("--json")} + seriesBase);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("until"));
    EXPECT_EQ(cli(seriesBase + args({"--count", "2", "--skip", "2026-05-06"})).code, 1);
    EXPECT_EQ(cli(seriesBase + args({"--count", "2", "--every", "0"})).code, 1);

    const QString second = lessons[1].toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(cli(args({"lesson", "series", "edit", "--from-lesson"}) << second).code, 2);
    EXPECT_EQ(cli(args({"lesson", "series", "edit", "--from-lesson"})
                  << second << QStringLiteral("--weekday") << QStringLiteral("funday"))
                  .code,
              1);
    r = cli(args({"--json", "lesson", "series", "edit", "--from-lesson"})
            << second << QStringLiteral("--start-time") << QStringLiteral("18:30") << QStringLiteral("--weekday")
            << QStringLiteral("thu"));
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("removed_lessons")).toInt(), 2);
    ASSERT_EQ(o.value(QStringLiteral("lessons")).toArray().size(), 2);
    EXPECT_EQ(o.value(QStringLiteral("lessons")).toArray()[0].toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-04-02 18:30"));
    const QString newSeries = o.value(QStringLiteral("id")).toString();

    r = cli(args({"lesson", "series", "skip", "--series"})
            << newSeries << QStringLiteral("--date") << QStringLiteral("2026-04-09"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli(args({"lesson", "series", "unskip", "--series"})
            << newSeries << QStringLiteral("--date") << QStringLiteral("2026-04-09"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli(args({"lesson", "series", "cancel", "--series"})
            << newSeries << QStringLiteral("--from") << QStringLiteral("2026-04-05"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-04-05")));
    r = cli(args({"--json", "lesson", "list", "--series"}) << series);
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 1);
    r = cli(args({"lesson", "series", "show", "--series"}) << series);
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-03-30"))) << r.out.toStdString();
    EXPECT_EQ(cli(args({"lesson", "series", "show", "--series", "00000000-0000-4000-8000-000000000000"})).code, 1);
}
