// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "ReportFixture.h"
#include "commands/ReportOutput.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words) {
        out << QString::fromUtf8(w);
    }
    return out;
}

/// Europe/Berlin studio, now 2026-01-15 10:00 UTC. Anna taught 60 + 45 minutes in the week of
/// 5 January and 90 in the week of 12 January; she is available 300 minutes a week.
class ReportCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        auto db = Database::open(m_db);
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        ReportFixture fx(**db);
        anna = fx.mentor(QStringLiteral("Anna"));
        course = fx.course(QStringLiteral("Scales"), 600);
        ReportFixture::EnrollmentSpec spec;
        spec.mentorId = anna;
        spec.courseId = course;
        spec.learnerId = li = fx.learner(QStringLiteral("Li"));
        const Id e = fx.enrollment(spec);
        fx.lesson(anna, {e}, QStringLiteral("2026-01-06T09:00:00Z"));
        fx.lesson(anna, {e}, QStringLiteral("2026-01-08T09:00:00Z"), 60, QStringLiteral("held"), 45);
        fx.lesson(anna, {e}, QStringLiteral("2026-01-13T09:00:00Z"), 90);
        fx.availability(anna, 1, 9 * 60, 14 * 60);
        fx.rating(li, QStringLiteral("course"), course, 4, QStringLiteral("2026-01-10T10:00:00Z"));
    }

    Id anna, course, li;
};

} // namespace

TEST_F(ReportCommandsTest, HoursAsTextJsonAndCsv)
{
    const QStringList range = args({"--from", "2026-01-05", "--to", "2026-01-15"});
    CliRun r = cli(args({"report", "hours"}) + range);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("From 2026-01-05 to 2026-01-18")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("week_start")));

    r = cli(args({"--json", "report", "hours"}) + range);
    ASSERT_EQ(r.code, 0);
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("report")).toString(), QStringLiteral("hours"));
    EXPECT_EQ(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-01-18"));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("minutes")).toInt(), 105);
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("minutes")).toInt(), 90);
    EXPECT_DOUBLE_EQ(rows[1].toObject().value(QStringLiteral("hours")).toDouble(), 1.5);

    r = cli(args({"report", "hours", "--csv"}) + range);
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.out, QStringLiteral("week_start,mentor_id,mentor,minutes,hours\r\n"
                                    "2026-01-05,%1,Anna,105,1.75\r\n"
                                    "2026-01-12,%1,Anna,90,1.5\r\n")
                         .arg(anna));
}

TEST_F(ReportCommandsTest, CsvGoesToAFile)
{
    const QString path = m_dir.filePath(QStringLiteral("utilisation.csv"));
    CliRun r = cli(args({"report", "utilisation", "--from", "2026-01-12", "--out"}) << path);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("week_start,mentor_id,mentor,available_minutes,held_minutes,")));
    EXPECT_TRUE(text.contains(QStringLiteral(",Anna,300,90,0,0.3\r\n")));
}

TEST_F(ReportCommandsTest, ProgressAndRatings)
{
    CliRun r = cli(args({"--json", "report", "progress", "--learner"}) << li);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray rows = r.json().object().value(QStringLiteral("rows")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_DOUBLE_EQ(rows.last().toObject().value(QStringLiteral("progress")).toDouble(), 0.26); // 195 · 0.8 / 600

    r = cli(args({"--json", "report", "progress", "--course"})
            << course << QStringLiteral("--from") << QStringLiteral("2026-01-01"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("columns")).toArray()[2].toString(),
              QStringLiteral("average_progress"));

    EXPECT_EQ(cli(args({"report", "progress"})).code, 2);
    EXPECT_EQ(cli(args({"report", "progress", "--learner"}) << li << QStringLiteral("--course") << course).code, 2);
    EXPECT_EQ(cli(args({"report", "progress", "--learner", "nobody"})).code, 1);

    r = cli(args({"--json", "report", "ratings", "--from", "2026-01-01"}));
    ASSERT_EQ(r.code, 0);
    const QJsonObject first = r.json().object().value(QStringLiteral("rows")).toArray()[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("month")).toString(), QStringLiteral("2026-01"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("Scales"));
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("average_stars")).toDouble(), 4.0);
}

TEST_F(ReportCommandsTest, BillingReportsWithoutInvoicesAreEmpty)
{
    CliRun r = cli(args({"--json", "report", "revenue", "--from", "2025-11-01"}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray months = r.json().object().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(months.size(), 3); // November, December, January
    EXPECT_EQ(months[2].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2026-01"));
    EXPECT_EQ(months[2].toObject().value(QStringLiteral("issued_minor")).toInteger(), 0);
    r = cli(args({"--json", "report", "packages"}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().object().value(QStringLiteral("rows")).toArray().isEmpty());
    r = cli(args({"--json", "report", "aging"}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().object().value(QStringLiteral("rows")).toArray().isEmpty());
    r = cli(args({"report", "aging", "--as-of", "2026-02-30"}));
    EXPECT_EQ(r.code, 1);
}

TEST_F(ReportCommandsTest, BadRangesAreRefused)
{
    CliRun r = cli(args({"--json", "report", "hours", "--from", "2026-02-01", "--to", "2026-01-01"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("to"));
    r = cli(args({"--json", "report", "ratings", "--from", "2026-13-01"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("from"));
    EXPECT_EQ(cli(args({"report", "hours", "--from"})).code, 2);
    EXPECT_EQ(cli(args({"report", "profit"})).code, 2);
}

TEST_F(ReportCommandsTest, TextDurationsAreHoursAndMinutes)
{
    EXPECT_EQ(mentordesk::cli::ReportOutput::duration(0), QStringLiteral("0 min"));
    EXPECT_EQ(mentordesk::cli::ReportOutput::duration(45), QStringLiteral("45 min"));
    EXPECT_EQ(mentordesk::cli::ReportOutput::duration(600), QStringLiteral("10 h"));
    EXPECT_EQ(mentordesk::cli::ReportOutput::duration(465), QStringLiteral("7 h 45 min"));
    EXPECT_EQ(mentordesk::cli::ReportOutput::duration(-90), QStringLiteral("-1 h 30 min"));
}
