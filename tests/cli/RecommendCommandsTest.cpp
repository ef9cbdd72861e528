// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

using namespace mentordesk::test;

namespace {

const QString kMissingLearner = QStringLiteral("3f2c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f");

/// `recommend`, `path plan`, `recommender train|status` on the demo studio (generated once by
/// `demo`, copied for every test; the CLI clock is 2026-01-15, the demo's "today").
class RecommendCommandsTest : public CliTest
{
protected:
    static void SetUpTestSuite() { s_template.reset(); }
    static void TearDownTestSuite() { s_template.reset(); }

    void SetUp() override
    {
        CliTest::SetUp();
        if (!s_template) {
            s_template = std::make_unique<QTemporaryDir>();
            const QString file = s_template->filePath(QStringLiteral("demo.mentordesk"));
            const QString keep = m_db;
            m_db = file;
            const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--quiet")});
            m_db = keep;
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
        ASSERT_TRUE(QFile::copy(s_template->filePath(QStringLiteral("demo.mentordesk")), m_db));
    }

    /// A learner with goal topics.
    QString learnerWithGoals()
    {
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("learner"), QStringLiteral("list")});
        EXPECT_EQ(list.code, 0) << list.err.toStdString();
        for (const QJsonValue& row : list.json().object().value(QStringLiteral("items")).toArray()) {
            const QString id = row.toObject().value(QStringLiteral("id")).toString();
            const CliRun show = cli({QStringLiteral("--json"), QStringLiteral("learner"), QStringLiteral("show"),
                                     QStringLiteral("--id"), id});
            if (!show.json().object().value(QStringLiteral("goals")).toArray().isEmpty()) {
                return id;
            }
        }
        return {};
    }

    static QJsonObject error(const CliRun& r) { return r.json().object().value(QStringLiteral("error")).toObject(); }

    static inline std::unique_ptr<QTemporaryDir> s_template;
};

} // namespace

TEST_F(RecommendCommandsTest, CoursesWithExplanationsAsTextAndJson)
{
    const QString learner = learnerWithGoals();
    ASSERT_FALSE(learner.isEmpty());
    CliRun r = cli({QStringLiteral("recommend"), QStringLiteral("courses"), QStringLiteral("--learner"), learner,
                    QStringLiteral("--explain"), QStringLiteral("--k"), QStringLiteral("3")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Courses for "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1. "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("     + "))) << r.out.toStdString();

    r = cli({QStringLiteral("--json"), QStringLiteral("recommend"), QStringLiteral("courses"),
             QStringLiteral("--learner"), learner, QStringLiteral("--explain")});
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("learner")).toObject().value(QStringLiteral("id")).toString(), learner);
    EXPECT_EQ(o.value(QStringLiteral("model")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("fresh"));
    EXPECT_NEAR(o.value(QStringLiteral("weights")).toObject().value(QStringLiteral("content")).toDouble(), 0.4, 1e-9);
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    EXPECT_LE(items.size(), 10);
    const QJsonObject first = items.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_FALSE(first.value(QStringLiteral("course_id")).toString().isEmpty());
    const QJsonArray reasons = first.value(QStringLiteral("reasons")).toArray();
    ASSERT_FALSE(reasons.isEmpty());
    const QJsonObject reason = reasons.first().toObject();
    EXPECT_FALSE(reason.value(QStringLiteral("kind")).toString().isEmpty());
    EXPECT_FALSE(reason.value(QStringLiteral("text")).toString().isEmpty());
    EXPECT_GT(reason.value(QStringLiteral("contribution")).toDouble(), 0.0);
    EXPECT_TRUE(first.value(QStringLiteral("contributions")).toObject().contains(QStringLiteral("cf")));

    // Without --explain: a table, and no reasons in JSON.
    r = cli({QStringLiteral("recommend"), QStringLiteral("courses"), QStringLiteral("--learner"), learner});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("rank  course"))) << r.out.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("recommend"), QStringLiteral("courses"),
             QStringLiteral("--learner"), learner, QStringLiteral("--k"), QStringLiteral("2"),
             QStringLiteral("--weights"), QStringLiteral("cf=1,content=0,quality=0,popularity=0")});
    ASSERT_EQ(r.code, 0);
    const QJsonArray two = r.json().object().value(QStringLiteral("items")).toArray();
    EXPECT_EQ(two.size(), 2);
    EXPECT_FALSE(two.first().toObject().contains(QStringLiteral("reasons")));
}

TEST_F(RecommendCommandsTest, CoursesRefuseBadInput)
{
    CliRun r = cli({QStringLiteral("recommend"), QStringLiteral("courses")});
    EXPECT_EQ(r.code, 2);
    r = cli({QStringLiteral("--json"), QStringLiteral("recommend"), QStringLiteral("courses"),
             QStringLiteral("--learner"), kMissingLearner});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(error(r).value(QStringLiteral("field")).toString(), QStringLiteral("learner"));
    const QString learner = learnerWithGoals();
    r = cli({QStringLiteral("--json"), QStringLiteral("recommend"), QStringLiteral("courses"),
             QStringLiteral("--learner"), learner, QStringLiteral("--weights"), QStringLiteral("mood=1")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(error(r).value(QStringLiteral("field")).toString(), QStringLiteral("weights"));
    r = cli({QStringLiteral("recommend"), QStringLiteral("courses"), QStringLiteral("--learner"), learner,
             QStringLiteral("--k"), QStringLiteral("0")});
    EXPECT_EQ(r.code, 1);
}

TEST_F(RecommendCommandsTest, MentorsForALearnerAndForAnEnquiry)
{
    const QString learner = learnerWithGoals();
    CliRun r = cli({QStringLiteral("recommend"), QStringLiteral("mentors"), QStringLiteral("--learner"), learner});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Mentors for "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("3. "))) << r.out.toStdString();

    r = cli({QStringLiteral("--json"), QStringLiteral("recommend"), QStringLiteral("mentors"),
             QStringLiteral("--goals"), QStringLiteral("SQL,Python basics"), QStringLiteral("--level"),
             QStringLiteral("2"), QStringLiteral("--weekly-hours"), QStringLiteral("1.5"), QStringLiteral("--k"),
             QStringLiteral("2")});
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    const QJsonObject o = r.json().object();
    const QJsonObject enquiry = o.value(QStringLiteral("learner")).toObject();
    EXPECT_FALSE(enquiry.contains(QStringLiteral("id")));
    EXPECT_EQ(enquiry.value(QStringLiteral("weekly_minutes")).toInt(), 90);
    EXPECT_EQ(enquiry.value(QStringLiteral("goals")).toArray().size(), 2);
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_GE(items[0].toObject().value(QStringLiteral("score")).toDouble(),
              items[1].toObject().value(QStringLiteral("score")).toDouble());
    EXPECT_FALSE(items[0].toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
}

TEST_F(RecommendCommandsTest, MentorsRefuseBadInput)
{
    const QString learner = learnerWithGoals();
    CliRun r = cli({QStringLiteral("recommend"), QStringLiteral("mentors")});
    EXPECT_EQ(r.code, 2);
    r = cli({QStringLiteral("recommend"), QStringLiteral("mentors"), QStringLiteral("--learner"), learner,
             QStringLiteral("--goals"), QStringLiteral("SQL")});
    EXPECT_EQ(r.code, 2);
    r = cli({QStringLiteral("recommend"), QStringLiteral("mentors"), QStringLiteral("--goals"), QStringLiteral("SQL")});
    EXPECT_EQ(r.code, 2); // --weekly-hours is needed
    r = cli({QStringLiteral("--json"), QStringLiteral("recommend"), QStringLiteral("mentors"),
             QStringLiteral("--goals"), QStringLiteral("Knitting"), QStringLiteral("--weekly-hours"),
             QStringLiteral("2")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(error(r).value(QStringLiteral("field")).toString(), QStringLiteral("goals"));
    r = cli({QStringLiteral("--json"), QStringLiteral("recommend"), QStringLiteral("mentors"),
             QStringLiteral("--goals"), QStringLiteral("SQL"), QStringLiteral("--weekly-hours"),
             QStringLiteral("two")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(error(r).value(QStringLiteral("field")).toString(), QStringLiteral("weekly_hours"));
    r = cli({QStringLiteral("recommend"), QStringLiteral("mentors"), QStringLiteral("--goals"), QStringLiteral("SQL"),
             QStringLiteral("--weekly-hours"), QStringLiteral("2"), QStringLiteral("--level"), QStringLiteral("7")});
    EXPECT_EQ(r.code, 1);
}

TEST_F(RecommendCommandsTest, PathPlanForALearnerAndForAnEnquiry)
{
    const QString learner = learnerWithGoals();
    CliRun r = cli({QStringLiteral("path"), QStringLiteral("plan"), QStringLiteral("--learner"), learner,
                    QStringLiteral("--weeks"), QStringLiteral("26")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Learning path for "))) << r.out.toStdString();

    r = cli({QStringLiteral("--json"), QStringLiteral("path"), QStringLiteral("plan"), QStringLiteral("--goals"),
             QStringLiteral("Machine learning"), QStringLiteral("--weekly-hours"), QStringLiteral("4"),
             QStringLiteral("--weeks"), QStringLiteral("104"), QStringLiteral("--start"),
             QStringLiteral("2026-02-02")});
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("budget_minutes")).toInt(), 240 * 104);
    EXPECT_LE(o.value(QStringLiteral("used_minutes")).toInt(), 240 * 104);
    EXPECT_TRUE(o.value(QStringLiteral("exact")).toBool());
    const QJsonArray courses = o.value(QStringLiteral("courses")).toArray();
    ASSERT_FALSE(courses.isEmpty());
    EXPECT_EQ(courses.first().toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2026-02-02"));
    for (const QJsonValue& c : courses) {
        EXPECT_TRUE(c.toObject().value(QStringLiteral("prerequisites_met")).toBool());
    }
    const QJsonArray goals = o.value(QStringLiteral("goals")).toArray();
    ASSERT_EQ(goals.size(), 1);
    EXPECT_EQ(goals.first().toObject().value(QStringLiteral("topic")).toString(), QStringLiteral("Machine learning"));
}

TEST_F(RecommendCommandsTest, PathPlanRefusesBadInput)
{
    const QString learner = learnerWithGoals();
    CliRun r = cli({QStringLiteral("path"), QStringLiteral("plan"), QStringLiteral("--learner"), learner});
    EXPECT_EQ(r.code, 2); // --weeks is required
    r = cli({QStringLiteral("--json"), QStringLiteral("path"), QStringLiteral("plan"), QStringLiteral("--learner"),
             learner, QStringLiteral("--weeks"), QStringLiteral("0")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(error(r).value(QStringLiteral("field")).toString(), QStringLiteral("weeks"));
    r = cli({QStringLiteral("--json"), QStringLiteral("path"), QStringLiteral("plan"), QStringLiteral("--learner"),
             kMissingLearner, QStringLiteral("--weeks"), QStringLiteral("4")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(error(r).value(QStringLiteral("field")).toString(), QStringLiteral("learner"));
    r = cli({QStringLiteral("path"), QStringLiteral("plan"), QStringLiteral("--learner"), learner,
             QStringLiteral("--weeks"), QStringLiteral("4"), QStringLiteral("--start"), QStringLiteral("2026-13-01")});
    EXPECT_EQ(r.code, 1);
}

TEST_F(RecommendCommandsTest, TrainAndStatus)
{
    CliRun r = cli({QStringLiteral("--json"), QStringLiteral("recommender"), QStringLiteral("status")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
    r = cli({QStringLiteral("recommender"), QStringLiteral("train")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Trained the course recommender on "))) << r.out.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("recommender"), QStringLiteral("train"),
             QStringLiteral("--if-stale")});
    ASSERT_EQ(r.code, 0);
    EXPECT_FALSE(r.json().object().value(QStringLiteral("trained")).toBool());
    EXPECT_GT(r.json().object().value(QStringLiteral("ratings")).toInt(), 0);
    r = cli({QStringLiteral("--json"), QStringLiteral("recommender"), QStringLiteral("status")});
    EXPECT_EQ(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("fresh"));
}

TEST_F(RecommendCommandsTest, TrainOnAStudioWithoutRatings)
{
    m_db = m_dir.filePath(QStringLiteral("empty.mentordesk"));
    initStudio();
    const CliRun r = cli({QStringLiteral("recommender"), QStringLiteral("train")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("No course ratings yet"))) << r.out.toStdString();
}
