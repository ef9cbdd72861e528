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

class LearnerCommandsTest : public CliTest
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
    QString addLearner(const QStringList& options)
    {
        return createId(QStringList{str("learner"), str("add")} + options);
    }
    QJsonObject show(const QString& id)
    {
        const CliRun r = cli({str("--json"), str("learner"), str("show"), str("--id"), id});
        EXPECT_EQ(r.code, 0) << r.out.toStdString();
        return r.json().object();
    }
    QJsonObject list(const QStringList& options)
    {
        const CliRun r = cli(QStringList{str("--json"), str("learner"), str("list")} + options);
        EXPECT_EQ(r.code, 0) << options.join(u' ').toStdString() << '\n' << r.out.toStdString();
        return r.json().object();
    }
    /// Runs with --json and returns the error's field (empty when there is none).
    QString errorField(const QStringList& args, int expectedCode = 1)
    {
        const CliRun r = cli(QStringList{str("--json")} + args);
        EXPECT_EQ(r.code, expectedCode) << args.join(u' ').toStdString() << '\n' << r.out.toStdString();
        return r.json().object().value(str("error")).toObject().value(str("field")).toString();
    }
};

TEST_F(LearnerCommandsTest, AddShowEditWithAllOptions)
{
    const QString mentor = createId({str("mentor"), str("add"), str("--name"), str("Lin")});
    const QString payer = createId({str("payer"), str("add"), str("--name"), str("王家")});
    const QString id =
        addLearner({str("--name"), str("王小明"), str("--mentor"), mentor, str("--payer"), payer, str("--birth-year"),
                    str("2014"), str("--level"), str("2"), str("--weekly-hours"), str("1.5"), str("--tags"),
                    str("exam, online,exam"), str("--consent-contact"), str("--notes"), str("Loves dinosaurs.")});
    ASSERT_FALSE(id.isEmpty());
    QJsonObject l = show(id);
    EXPECT_EQ(l.value(str("name")).toString(), str("王小明"));
    EXPECT_EQ(l.value(str("mentor_id")).toString(), mentor);
    EXPECT_EQ(l.value(str("mentor")).toString(), str("Lin"));
    EXPECT_EQ(l.value(str("payer")).toString(), str("王家"));
    EXPECT_EQ(l.value(str("birth_year")).toInt(), 2014);
    EXPECT_TRUE(l.value(str("minor")).toBool());
    EXPECT_EQ(l.value(str("level")).toInt(), 2);
    EXPECT_EQ(l.value(str("weekly_minutes")).toInt(), 90);
    EXPECT_EQ(l.value(str("tags")).toArray(), (QJsonArray{str("exam"), str("online")}));
    EXPECT_TRUE(l.value(str("consent_contact")).toBool());
    EXPECT_FALSE(l.value(str("consent_photos")).toBool());
    EXPECT_EQ(l.value(str("status")).toString(), str("active"));

    CliRun r = cli({str("learner"), str("edit"), str("--id"), id, str("--mentor"), QString(), str("--birth-year"),
                    QString(), str("--weekly-minutes"), str("45"), str("--no-consent-contact"), str("--consent-photos"),
                    str("--tags"), QString()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    l = show(id);
    EXPECT_TRUE(l.value(str("mentor_id")).isNull());
    EXPECT_TRUE(l.value(str("birth_year")).isNull());
    EXPECT_FALSE(l.value(str("minor")).toBool());
    EXPECT_EQ(l.value(str("weekly_minutes")).toInt(), 45);
    EXPECT_FALSE(l.value(str("consent_contact")).toBool());
    EXPECT_TRUE(l.value(str("consent_photos")).toBool());
    EXPECT_TRUE(l.value(str("tags")).toArray().isEmpty());
    EXPECT_EQ(l.value(str("payer_id")).toString(), payer) << "options not given keep their value";
    EXPECT_EQ(l.value(str("version")).toInt(), 2);
    r = cli({str("learner"), str("show"), str("--id"), id});
    EXPECT_TRUE(r.out.contains(str("王小明")));
}

TEST_F(LearnerCommandsTest, GoalsSetShowAndClear)
{
    const QString id = addLearner({str("--name"), str("Gia")});
    const Id chess = addTopic(str("Chess"));
    const Id algebra = addTopic(str("Algebra"));
    CliRun r = cli(
        {str("learner"), str("goals"), str("set"), str("--id"), id, str("--topic"), chess, str("--topic"), algebra});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(str("Algebra, Chess"))) << r.out.toStdString();
    const QJsonArray goals = show(id).value(str("goals")).toArray();
    ASSERT_EQ(goals.size(), 2);
    EXPECT_EQ(goals.first().toObject().value(str("topic_id")).toString(), algebra);
    r = cli({str("learner"), str("show"), str("--id"), id});
    EXPECT_TRUE(r.out.contains(str("Algebra, Chess")));
    ASSERT_EQ(cli({str("learner"), str("goals"), str("set"), str("--id"), id, str("--topic"), chess}).code, 0);
    EXPECT_EQ(show(id).value(str("goals")).toArray().size(), 1);
    ASSERT_EQ(cli({str("learner"), str("goals"), str("set"), str("--id"), id, str("--clear")}).code, 0);
    EXPECT_TRUE(show(id).value(str("goals")).toArray().isEmpty());

    EXPECT_EQ(errorField({str("learner"), str("goals"), str("set"), str("--id"), id, str("--topic"), newId()}),
              str("goals"));
    EXPECT_EQ(errorField({str("learner"), str("goals"), str("set"), str("--id"), id, str("--topic"), str("chess")}),
              str("goals"));
    EXPECT_EQ(cli({str("learner"), str("goals"), str("set"), str("--id"), id}).code, 2);
    EXPECT_EQ(cli({str("learner"), str("goals"), str("set"), str("--id"), newId(), str("--topic"), chess}).code, 1);
    EXPECT_TRUE(show(id).value(str("goals")).toArray().isEmpty()) << "refused changes wrote nothing";
}

TEST_F(LearnerCommandsTest, StatusCommandsAndStatusFilter)
{
    const QString a = addLearner({str("--name"), str("Ada")});
    const QString b = addLearner({str("--name"), str("Bo")});
    ASSERT_EQ(cli({str("learner"), str("pause"), str("--id"), a}).code, 0);
    EXPECT_EQ(cli({str("learner"), str("pause"), str("--id"), a}).code, 1) << "already paused";
    ASSERT_EQ(cli({str("learner"), str("archive"), str("--id"), b}).code, 0);
    EXPECT_EQ(list({}).value(str("total")).toInt(), 1);
    EXPECT_EQ(list({str("--status"), str("paused")})
                  .value(str("items"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(str("id"))
                  .toString(),
              a);
    EXPECT_EQ(list({str("--status"), str("archived")}).value(str("total")).toInt(), 1);
    EXPECT_EQ(list({str("--status"), str("all")}).value(str("total")).toInt(), 2);
    EXPECT_EQ(list({str("--status"), str("active,archived")}).value(str("total")).toInt(), 1);
    EXPECT_EQ(cli({str("learner"), str("resume"), str("--id"), b}).code, 1)
        << "an archived learner is restored, not resumed";
    ASSERT_EQ(cli({str("learner"), str("restore"), str("--id"), b}).code, 0);
    ASSERT_EQ(cli({str("learner"), str("resume"), str("--id"), a}).code, 0);
    EXPECT_EQ(list({str("--status"), str("active")}).value(str("total")).toInt(), 2);
    const CliRun text = cli({str("learner"), str("list")});
    EXPECT_TRUE(text.out.contains(str("Ada")));
    EXPECT_TRUE(text.out.contains(str("Bo")));
}

TEST_F(LearnerCommandsTest, ListFiltersAndPages)
{
    const QString mentor = createId({str("mentor"), str("add"), str("--name"), str("Lin")});
    const QString payer = createId({str("payer"), str("add"), str("--name"), str("Li family")});
    addLearner({str("--name"), str("张伟"), str("--mentor"), mentor, str("--tags"), str("考试")});
    addLearner({str("--name"), str("Ben 100%"), str("--payer"), payer});
    addLearner({str("--name"), str("Cleo"), str("--mentor"), mentor, str("--payer"), payer, str("--email"),
                str("cleo_x@example.com")});
    addLearner({str("--name"), str("Dora")});
    EXPECT_EQ(list({str("--mentor"), mentor}).value(str("total")).toInt(), 2);
    EXPECT_EQ(list({str("--payer"), payer}).value(str("total")).toInt(), 2);
    EXPECT_EQ(list({str("--mentor"), mentor, str("--payer"), payer}).value(str("total")).toInt(), 1);
    EXPECT_EQ(list({str("--search"), str("张")}).value(str("total")).toInt(), 1);
    EXPECT_EQ(list({str("--search"), str("考试")}).value(str("total")).toInt(), 1);
    EXPECT_EQ(list({str("--search"), str("%")}).value(str("total")).toInt(), 1);
    EXPECT_EQ(list({str("--search"), str("o_x")}).value(str("total")).toInt(), 1);
    const QJsonObject page = list({str("--limit"), str("2"), str("--offset"), str("1")});
    EXPECT_EQ(page.value(str("total")).toInt(), 4);
    const QJsonArray items = page.value(str("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(str("name")).toString(), str("Cleo"));
    EXPECT_EQ(items[1].toObject().value(str("name")).toString(), str("Dora"));
    const CliRun text = cli({str("learner"), str("list"), str("--limit"), str("1")});
    EXPECT_TRUE(text.out.contains(str("1 of 4"))) << text.out.toStdString();
}

TEST_F(LearnerCommandsTest, BadInputIsReportedWithExitCodes)
{
    const QString archivedPayer = createId({str("payer"), str("add"), str("--name"), str("Gone")});
    ASSERT_EQ(cli({str("payer"), str("archive"), str("--id"), archivedPayer}).code, 0);
    const QStringList named = {str("learner"), str("add"), str("--name"), str("X")};
    EXPECT_EQ(errorField(named + QStringList{str("--birth-year"), str("1800")}), str("birth_year"));
    EXPECT_EQ(errorField(named + QStringList{str("--birth-year"), str("soon")}), str("birth-year"));
    EXPECT_EQ(errorField(named + QStringList{str("--level"), str("9")}), str("level"));
    EXPECT_EQ(errorField(named + QStringList{str("--weekly-minutes"), str("10081")}), str("weekly_minutes"));
    EXPECT_EQ(errorField(named + QStringList{str("--weekly-hours"), str("1,5")}), str("weekly-hours"));
    EXPECT_EQ(errorField(named + QStringList{str("--weekly-hours"), str("200")}), str("weekly_minutes"));
    EXPECT_EQ(errorField(named + QStringList{str("--mentor"), newId()}), str("mentor_id"));
    EXPECT_EQ(errorField(named + QStringList{str("--mentor"), str("lin")}), str("mentor_id"));
    EXPECT_EQ(errorField(named + QStringList{str("--payer"), archivedPayer}), str("payer_id"));
    EXPECT_EQ(errorField(named + QStringList{str("--email"), str("x@")}), str("email"));
    EXPECT_EQ(errorField({str("learner"), str("list"), str("--status"), str("gone")}), str("status"));
    EXPECT_EQ(errorField({str("learner"), str("list"), str("--limit"), str("0")}), str("limit"));
    EXPECT_EQ(cli({str("learner"), str("add")}).code, 2);
    EXPECT_EQ(cli(named + QStringList{str("--weekly-minutes"), str("60"), str("--weekly-hours"), str("1")}).code, 2);
    EXPECT_EQ(
        cli({str("learner"), str("edit"), str("--id"), newId(), str("--consent-photos"), str("--no-consent-photos")})
            .code,
        2);
    EXPECT_EQ(cli(named + QStringList{str("--no-consent-contact")}).code, 2) << "negations exist only for edit";
    EXPECT_EQ(cli({str("learner"), str("show"), str("--id"), newId()}).code, 1);
    EXPECT_EQ(cli({str("learner"), str("pause")}).code, 2);
    EXPECT_EQ(list({str("--status"), str("all")}).value(str("total")).toInt(), 0) << "nothing was written";
}

TEST_F(LearnerCommandsTest, EditRefusesBadValuesAndKeepsTheRecord)
{
    const QString id = addLearner({str("--name"), str("Kai"), str("--level"), str("3")});
    EXPECT_EQ(errorField({str("learner"), str("edit"), str("--id"), id, str("--level"), str("0")}), str("level"));
    EXPECT_EQ(errorField({str("learner"), str("edit"), str("--id"), id, str("--name"), QString()}), str("name"));
    const QJsonObject l = show(id);
    EXPECT_EQ(l.value(str("level")).toInt(), 3);
    EXPECT_EQ(l.value(str("version")).toInt(), 1);
}
