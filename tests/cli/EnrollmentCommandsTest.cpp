// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "common/Id.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk;
using namespace mentordesk::test;
using namespace Qt::StringLiterals;

class EnrollmentCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        m_learner = insertPerson(u"learners"_s, u"Anna"_s);
        m_mentor = insertPerson(u"mentors"_s, u"Li Wei"_s);
        m_course = createId({u"course"_s, u"add"_s, u"--title"_s, u"Python 1"_s, u"--level"_s, u"1"_s, u"--hours"_s,
                             u"30"_s, u"--quality"_s, u"8"_s, u"--practicality"_s, u"9"_s});
    }
    /// Learners and mentors belong to another feature's commands; tests write their rows directly.
    Id insertPerson(const QString& table, const QString& name)
    {
        const Id id = newId();
        auto db = Database::open(m_db);
        EXPECT_TRUE(db.has_value());
        auto s = (*db)->prepare(u"INSERT INTO "_s + table +
                                u" (id, name, created_at, updated_at, updated_by) VALUES (?, ?, "
                                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')"_s);
        EXPECT_TRUE(s.has_value());
        s->bind(id).bind(name);
        EXPECT_TRUE(s->exec().has_value());
        return id;
    }
    QStringList enrollArgs() const
    {
        return {u"enroll"_s, u"--learner"_s, m_learner, u"--mentor"_s, m_mentor, u"--course"_s, m_course};
    }
    QJsonObject show(const QString& id)
    {
        const CliRun r = cli({u"--json"_s, u"enrollment"_s, u"show"_s, u"--id"_s, id});
        EXPECT_EQ(r.code, 0) << r.out.toStdString();
        return r.json().object();
    }
    static QString errorField(const CliRun& r)
    {
        return r.json().object().value(u"error"_s).toObject().value(u"field"_s).toString();
    }

    Id m_learner;
    Id m_mentor;
    Id m_course;
};

TEST_F(EnrollmentCommandsTest, EnrollsInACourseWithDefaults)
{
    const CliRun r = cli(enrollArgs());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Enrolled in “Python 1” ("_s));
    const CliRun list = cli({u"--json"_s, u"enrollment"_s, u"list"_s});
    const QJsonObject e = list.json().object().value(u"items"_s).toArray().first().toObject();
    EXPECT_EQ(e.value(u"title"_s).toString(), u"Python 1"_s);
    EXPECT_EQ(e.value(u"efficiency_permille"_s).toInt(), 800);
    EXPECT_EQ(e.value(u"efficiency"_s).toString(), u"0.8"_s);
    EXPECT_EQ(e.value(u"target_minutes"_s).toInt(), 1800);
    EXPECT_EQ(e.value(u"start_date"_s).toString(), u"2026-01-15"_s);
    EXPECT_EQ(e.value(u"status"_s).toString(), u"active"_s);
    EXPECT_TRUE(e.value(u"planned_end_date"_s).isNull());
}

TEST_F(EnrollmentCommandsTest, ParsesEfficiencyExactly)
{
    const QString id = createId(enrollArgs() + QStringList{u"--efficiency"_s, u"0.75"_s});
    EXPECT_EQ(show(id).value(u"efficiency_permille"_s).toInt(), 750);
    struct Case
    {
        QString text;
        QString field;
    };
    const QList<Case> cases = {{u"0.8125"_s, u"efficiency"_s},
                               {u"0,8"_s, u"efficiency"_s},
                               {u"80%"_s, u"efficiency"_s},
                               {u"0"_s, u"efficiency_permille"_s},
                               {u"2.5"_s, u"efficiency_permille"_s}};
    const Id other = insertPerson(u"learners"_s, u"Ben"_s);
    for (const Case& c : cases) {
        const CliRun r = cli({u"--json"_s, u"enroll"_s, u"--learner"_s, other, u"--mentor"_s, m_mentor, u"--course"_s,
                              m_course, u"--efficiency"_s, c.text});
        EXPECT_EQ(r.code, 1) << c.text.toStdString();
        EXPECT_EQ(errorField(r), c.field) << c.text.toStdString();
    }
    const CliRun r = cli({u"enroll"_s, u"--learner"_s, other, u"--mentor"_s, m_mentor, u"--course"_s, m_course,
                          u"--efficiency"_s, u"0.8125"_s});
    EXPECT_TRUE(r.err.contains(u"more than 3 decimal"_s)) << r.err.toStdString();
}

TEST_F(EnrollmentCommandsTest, EnrollsInFreeFormMentoring)
{
    const QString id =
        createId({u"enroll"_s, u"--learner"_s, m_learner, u"--mentor"_s, m_mentor, u"--title"_s, u"Exam coaching"_s,
                  u"--target-hours"_s, u"12.5"_s, u"--start"_s, u"2026-02-01"_s, u"--planned-end"_s, u"2026-05-31"_s});
    const QJsonObject e = show(id);
    EXPECT_TRUE(e.value(u"course_id"_s).isNull());
    EXPECT_EQ(e.value(u"target_minutes"_s).toInt(), 750);
    EXPECT_EQ(e.value(u"planned_end_date"_s).toString(), u"2026-05-31"_s);
    CliRun r = cli(
        {u"--json"_s, u"enroll"_s, u"--learner"_s, m_learner, u"--mentor"_s, m_mentor, u"--target-hours"_s, u"10"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"title"_s);
    r = cli({u"--json"_s, u"enroll"_s, u"--learner"_s, m_learner, u"--mentor"_s, m_mentor, u"--title"_s, u"X"_s,
             u"--target-hours"_s, u"10"_s, u"--start"_s, u"2026-03-01"_s, u"--planned-end"_s, u"2026-02-01"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"planned_end_date"_s);
    r = cli({u"--json"_s, u"enroll"_s, u"--learner"_s, m_learner, u"--mentor"_s, m_mentor, u"--title"_s, u"X"_s,
             u"--target-hours"_s, u"10"_s, u"--start"_s, u"2026-02-30"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"start"_s);
}

TEST_F(EnrollmentCommandsTest, RefusesUnknownPeopleAndDuplicates)
{
    ASSERT_EQ(cli(enrollArgs()).code, 0);
    CliRun r = cli(QStringList{u"--json"_s} + enrollArgs());
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s);
    EXPECT_EQ(errorField(r), u"course_id"_s);
    r = cli({u"--json"_s, u"enroll"_s, u"--learner"_s, newId(), u"--mentor"_s, m_mentor, u"--course"_s, m_course});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"learner_id"_s);
    r = cli({u"--json"_s, u"enroll"_s, u"--learner"_s, m_learner, u"--mentor"_s, u"li"_s, u"--course"_s, m_course});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"mentor_id"_s);
    EXPECT_EQ(cli({u"enroll"_s, u"--learner"_s, m_learner, u"--mentor"_s, m_mentor}).code, 2);
    EXPECT_EQ(cli({u"enroll"_s, u"--mentor"_s, m_mentor, u"--course"_s, m_course}).code, 2);
    r = cli({u"--json"_s, u"enrollment"_s, u"list"_s});
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 1);
}

TEST_F(EnrollmentCommandsTest, EditsChangesStatusAndLists)
{
    const QString id = createId(enrollArgs());
    CliRun r = cli(
        {u"enrollment"_s, u"edit"_s, u"--id"_s, id, u"--efficiency"_s, u"0.9"_s, u"--planned-end"_s, u"2026-06-30"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonObject e = show(id);
    EXPECT_EQ(e.value(u"efficiency_permille"_s).toInt(), 900);
    EXPECT_EQ(e.value(u"planned_end_date"_s).toString(), u"2026-06-30"_s);
    EXPECT_EQ(e.value(u"target_minutes"_s).toInt(), 1800) << "options not given stay";
    ASSERT_EQ(cli({u"enrollment"_s, u"edit"_s, u"--id"_s, id, u"--no-planned-end"_s}).code, 0);
    EXPECT_TRUE(show(id).value(u"planned_end_date"_s).isNull());
    EXPECT_EQ(
        cli({u"enrollment"_s, u"edit"_s, u"--id"_s, id, u"--planned-end"_s, u"2026-06-30"_s, u"--no-planned-end"_s})
            .code,
        2);
    EXPECT_EQ(cli({u"enrollment"_s, u"edit"_s, u"--id"_s, id, u"--target-hours"_s, u"0"_s}).code, 1);

    r = cli({u"enrollment"_s, u"status"_s, u"--id"_s, id, u"--to"_s, u"paused"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(show(id).value(u"status"_s).toString(), u"paused"_s);
    EXPECT_EQ(cli({u"enrollment"_s, u"status"_s, u"--id"_s, id, u"--to"_s, u"paused"_s}).code, 1) << "already paused";
    r = cli({u"--json"_s, u"enrollment"_s, u"status"_s, u"--id"_s, id, u"--to"_s, u"done"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(errorField(r), u"to"_s);
    EXPECT_EQ(cli({u"enrollment"_s, u"status"_s, u"--id"_s, id}).code, 2);

    r = cli({u"--json"_s, u"enrollment"_s, u"list"_s, u"--status"_s, u"paused"_s, u"--learner"_s, m_learner});
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 1);
    r = cli({u"--json"_s, u"enrollment"_s, u"list"_s, u"--status"_s, u"active"_s});
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 0);
    r = cli({u"--json"_s, u"enrollment"_s, u"list"_s, u"--mentor"_s, newId()});
    EXPECT_EQ(r.json().object().value(u"total"_s).toInt(), 0);
    r = cli({u"enrollment"_s, u"list"_s, u"--course"_s, m_course});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"Python 1"_s));
    EXPECT_EQ(cli({u"enrollment"_s, u"list"_s, u"--status"_s, u"sleeping"_s}).code, 1);
    EXPECT_EQ(cli({u"enrollment"_s, u"show"_s, u"--id"_s, newId()}).code, 1);
}
