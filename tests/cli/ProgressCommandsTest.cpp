// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "ReportFixture.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

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

/// Europe/Berlin studio, now 2026-01-15 10:00 UTC. Li: 20 h of a 30-hour course (P = 8/15).
/// Ana: idle since 1 December (at risk).
class ProgressCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        auto db = Database::open(m_db);
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        ReportFixture fx(**db);
        const Id anna = fx.mentor(QStringLiteral("Anna"));
        const Id course = fx.course(QStringLiteral("Python basics"), 1800);
        ReportFixture::EnrollmentSpec spec;
        spec.mentorId = anna;
        spec.courseId = course;
        spec.start = QStringLiteral("2025-10-01");
        spec.learnerId = li = fx.learner(QStringLiteral("Li"));
        liE = fx.enrollment(spec);
        for (int i = 0; i < 20; ++i) {
            fx.lesson(anna, {liE}, QDate(2025, 11, 15).addDays(i * 3).toString(Qt::ISODate) + u"T09:00:00Z");
        }
        spec.learnerId = fx.learner(QStringLiteral("Ana"));
        const Id anaE = fx.enrollment(spec);
        fx.lesson(anna, {anaE}, QStringLiteral("2025-12-01T09:00:00Z"));
    }

    /// Runs the real binary (PDF output needs the graphics system, which the in-process runner lacks).
    int binary(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MENTORDESK_NOW"), QStringLiteral("2026-01-15T10:00:00Z"));
        env.insert(QStringLiteral("MENTORDESK_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MENTORDESK_CLI_BINARY), QStringList{QStringLiteral("--db"), m_db} + arguments);
        EXPECT_TRUE(p.waitForFinished(60000));
        return p.exitCode();
    }

    Id li, liE;
};

} // namespace

TEST_F(ProgressCommandsTest, ShowsOneEnrollment)
{
    CliRun r = cli(args({"--json", "progress", "show", "--enrollment"}) << liE);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("held_minutes")).toInt(), 1200);
    EXPECT_EQ(o.value(QStringLiteral("content_minutes")).toInt(), 1800);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("progress")).toDouble(), 0.533);
    EXPECT_EQ(o.value(QStringLiteral("remaining_minutes")).toInt(), 1050);
    EXPECT_EQ(o.value(QStringLiteral("efficiency_source")).toString(), QStringLiteral("default"));
    EXPECT_TRUE(o.value(QStringLiteral("calibrated_efficiency")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("risks")).toArray().isEmpty());

    r = cli(args({"progress", "show", "--enrollment"}) << liE);
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("progress:")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("53.3 %")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Python basics")));
}

TEST_F(ProgressCommandsTest, ShowsEveryEnrollmentOfALearner)
{
    CliRun r = cli(args({"--json", "progress", "show", "--learner"}) << li);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray rows = r.json().array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("enrollment_id")).toString(), liE);
}

TEST_F(ProgressCommandsTest, ShowNeedsExactlyOneSubjectAndAKnownId)
{
    EXPECT_EQ(cli(args({"progress", "show"})).code, 2);
    EXPECT_EQ(cli(args({"progress", "show", "--learner"}) << li << QStringLiteral("--enrollment") << liE).code, 2);
    CliRun r = cli(args({"--json", "progress", "show", "--enrollment", "00000000-0000-4000-8000-000000000000"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("enrollment"));
}

TEST_F(ProgressCommandsTest, AtRiskListsLearnersWithReasons)
{
    CliRun r = cli(args({"--json", "progress", "at-risk"}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray rows = r.json().array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject ana = rows[0].toObject();
    EXPECT_EQ(ana.value(QStringLiteral("learner")).toString(), QStringLiteral("Ana"));
    const QJsonObject flag = ana.value(QStringLiteral("risks")).toArray()[0].toObject();
    EXPECT_EQ(flag.value(QStringLiteral("reason")).toString(), QStringLiteral("no_recent_lesson"));
    EXPECT_EQ(flag.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("days_since")).toInt(), 45);

    r = cli(args({"progress", "at-risk", "--csv"}));
    ASSERT_EQ(r.code, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("learner_id,learner,enrollment_id,title,mentor,progress,reason,detail"));
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",no_recent_lesson,")));
}

TEST_F(ProgressCommandsTest, SettingsAreShownChangedAndValidated)
{
    CliRun r = cli(args({"--json", "progress", "settings"}));
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(QStringLiteral("efficiency")).toString(), QStringLiteral("default"));
    EXPECT_EQ(r.json().object().value(QStringLiteral("idle_days")).toInt(), 21);

    r = cli(args(
        {"--json", "progress", "settings", "--efficiency", "calibrated", "--idle-days", "60", "--smoothing", "0.3"}));
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("efficiency")).toString(), QStringLiteral("calibrated"));
    EXPECT_DOUBLE_EQ(r.json().object().value(QStringLiteral("smoothing")).toDouble(), 0.3);
    r = cli(args({"--json", "progress", "at-risk"}));
    EXPECT_TRUE(r.json().array().isEmpty()); // 45 idle days are fine with a 60-day threshold

    r = cli(args({"--json", "progress", "settings", "--idle-days", "0", "--late-percent", "10"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("idle_days"));
    r = cli(args({"--json", "progress", "settings", "--efficiency", "magic"}));
    EXPECT_EQ(r.code, 1);
    r = cli(args({"--json", "progress", "settings", "--smoothing", "half"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("smoothing"));
    r = cli(args({"--json", "progress", "settings"}));
    EXPECT_EQ(r.json().object().value(QStringLiteral("idle_days")).toInt(), 60); // unchanged by the refusals
    EXPECT_EQ(r.json().object().value(QStringLiteral("late_percent")).toInt(), 25);
}

TEST_F(ProgressCommandsTest, ReportWritesAPdfWithTheFigures)
{
    const QString pdf = m_dir.filePath(QStringLiteral("li.pdf"));
    ASSERT_EQ(binary(args({"progress", "report", "--learner"}) << li << QStringLiteral("--out") << pdf), 0);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!tool.isEmpty()) {
        QProcess p;
        p.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        EXPECT_TRUE(text.contains(QStringLiteral("Progress report"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Python basics with Anna"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("53.3 %"))) << text.toStdString(); // P = 8/15
        EXPECT_TRUE(text.contains(QStringLiteral("20 h"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("17 h 30 min"))) << text.toStdString(); // 1,050 min to go
    }
}

TEST_F(ProgressCommandsTest, ReportRefusesBadArguments)
{
    const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
    EXPECT_EQ(binary(args({"progress", "report", "--learner", "nobody", "--out"}) << pdf), 1);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(binary(args({"progress", "report", "--learner"}) << li), 2);
    EXPECT_EQ(binary(args({"progress", "report", "--out"}) << pdf), 2);
}
