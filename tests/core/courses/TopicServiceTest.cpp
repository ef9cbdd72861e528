// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/TopicService.h"

#include "CatalogFixtures.h"
#include "TestStudio.h"
#include "courses/CourseService.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class TopicServiceTest : public test::StudioTest
{
protected:
    TopicService service() { return TopicService(db(), clock()); }
    Topic add(const QString& name, const QString& area = QString())
    {
        auto t = service().create({name, area, QString()});
        EXPECT_TRUE(t) << t.error().message.toStdString();
        return t ? *t : Topic{};
    }
    qint64 edges() { return test::liveRows(db(), QStringLiteral("topic_prerequisites")); }
};

TEST_F(TopicServiceTest, CreatesWithSyncMetadata)
{
    auto t = service().create({QStringLiteral("  Python basics "), QStringLiteral(" programming "),
                               QStringLiteral("Variables, loops, functions")});
    ASSERT_TRUE(t) << t.error().message.toStdString();
    EXPECT_EQ(t->name, QStringLiteral("Python basics"));
    EXPECT_EQ(t->area, QStringLiteral("programming"));
    EXPECT_TRUE(isWellFormedId(t->meta.id));
    EXPECT_EQ(t->meta.version, 1);
    auto loaded = service().get(t->meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->description, QStringLiteral("Variables, loops, functions"));
    EXPECT_EQ(loaded->meta.createdAt, clock().nowUtc());
    EXPECT_EQ(loaded->meta.updatedBy, db().deviceId());
}

TEST_F(TopicServiceTest, RejectsBadInputNamingTheField)
{
    struct Case
    {
        TopicInput input;
        const char* field;
    };
    const QList<Case> cases = {
        {{QStringLiteral("  "), {}, {}}, "name"},
        {{QString(101, u'x'), {}, {}}, "name"},
        {{QStringLiteral("SQL"), QString(51, u'a'), {}}, "area"},
        {{QStringLiteral("SQL"), {}, QString(10001, u'd')}, "description"},
    };
    for (const Case& c : cases) {
        auto t = service().create(c.input);
        ASSERT_FALSE(t) << c.field;
        EXPECT_EQ(t.error().code, ErrorCode::Invalid);
        EXPECT_EQ(t.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(t.error().message.isEmpty());
    }
    EXPECT_EQ(test::allRows(db(), QStringLiteral("topics")), 0) << "a refused create must not write anything";
}

TEST_F(TopicServiceTest, NamesAreUniqueIgnoringCase)
{
    const Topic sql = add(QStringLiteral("SQL"));
    auto again = service().create({QStringLiteral("sql"), {}, {}});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(again.error().field, QStringLiteral("name"));
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("SQL")));

    add(QStringLiteral("Éléments de musique"));
    auto accented = service().create({QStringLiteral("éLÉMENTS DE MUSIQUE"), {}, {}});
    ASSERT_FALSE(accented) << "case folding beyond ASCII";
    EXPECT_EQ(accented.error().field, QStringLiteral("name"));
    EXPECT_EQ(test::allRows(db(), QStringLiteral("topics")), 2);

    const Topic other = add(QStringLiteral("Python"));
    auto clash = service().edit(other.meta.id, {QStringLiteral("Sql"), {}, {}});
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    auto recase = service().edit(sql.meta.id, {QStringLiteral("sql"), {}, {}});
    ASSERT_TRUE(recase) << "renaming a topic to another case of its own name is fine";
    EXPECT_EQ(service().get(other.meta.id)->name, QStringLiteral("Python"));
}

TEST_F(TopicServiceTest, RemovedNameCanBeReused)
{
    const Topic t = add(QStringLiteral("Scales"));
    ASSERT_TRUE(service().remove(t.meta.id));
    auto again = service().create({QStringLiteral("scales"), {}, {}});
    EXPECT_TRUE(again) << again.error().message.toStdString();
}

TEST_F(TopicServiceTest, EditDetectsConcurrentChange)
{
    const Topic t = add(QStringLiteral("Harmony"));
    auto first = service().edit(t.meta.id, {QStringLiteral("Harmony I"), QStringLiteral("music"), {}}, t.meta.version);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->meta.version, 2);
    auto stale = service().edit(t.meta.id, {QStringLiteral("Harmony II"), {}, {}}, t.meta.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service().get(t.meta.id)->name, QStringLiteral("Harmony I"));
    auto missing = service().edit(newId(), {QStringLiteral("X"), {}, {}});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(TopicServiceTest, ListFiltersByTextAndAreaAndPages)
{
    add(QStringLiteral("Algebra"), QStringLiteral("maths"));
    add(QStringLiteral("Calculus"), QStringLiteral("Maths"));
    add(QStringLiteral("Python 100%"), QStringLiteral("programming"));
    add(QStringLiteral("Pinyin"), QStringLiteral("languages"));
    TopicFilter f;
    f.area = QStringLiteral("MATHS");
    auto maths = service().list(f);
    ASSERT_TRUE(maths);
    ASSERT_EQ(maths->total, 2);
    EXPECT_EQ(maths->items[0].name, QStringLiteral("Algebra"));
    f = {};
    f.text = QStringLiteral("%");
    EXPECT_EQ(service().list(f)->total, 1) << "LIKE wildcards are literal";
    f.text = QStringLiteral("p");
    EXPECT_EQ(service().list(f)->total, 2);
    auto page = service().list({}, {1, 2});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 4);
    ASSERT_EQ(page->items.size(), 2);
    EXPECT_EQ(page->items[0].name, QStringLiteral("Calculus"));
    EXPECT_EQ(page->items[1].name, QStringLiteral("Pinyin"));
}

TEST_F(TopicServiceTest, ResolvesByIdOrName)
{
    const Topic t = add(QStringLiteral("Counterpoint"));
    EXPECT_EQ(service().resolve(t.meta.id.toUpper(), QStringLiteral("topic"))->meta.id, t.meta.id);
    EXPECT_EQ(service().resolve(QStringLiteral(" counterPOINT "), QStringLiteral("topic"))->meta.id, t.meta.id);
    auto unknown = service().resolve(QStringLiteral("Fugue"), QStringLiteral("requires"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::Invalid);
    EXPECT_EQ(unknown.error().field, QStringLiteral("requires"));
    auto unknownId = service().resolve(newId(), QStringLiteral("topic"));
    ASSERT_FALSE(unknownId);
    EXPECT_EQ(unknownId.error().field, QStringLiteral("topic"));
}

TEST_F(TopicServiceTest, AddsAndListsPrerequisites)
{
    const Topic basics = add(QStringLiteral("Python basics"));
    const Topic advanced = add(QStringLiteral("Advanced Python"));
    const Topic git = add(QStringLiteral("Git"));
    MD_ASSERT_OK(service().addPrerequisite(advanced.meta.id, basics.meta.id));
    MD_ASSERT_OK(service().addPrerequisite(advanced.meta.id, git.meta.id));
    auto direct = service().prerequisites(advanced.meta.id);
    ASSERT_TRUE(direct);
    ASSERT_EQ(direct->size(), 2);
    EXPECT_EQ(direct->at(0).name, QStringLiteral("Git"));
    EXPECT_EQ(direct->at(1).name, QStringLiteral("Python basics"));
    auto g = service().graph();
    ASSERT_TRUE(g);
    EXPECT_EQ(g->edgeCount(), 2);
    EXPECT_TRUE(g->hasEdge(advanced.meta.id, basics.meta.id));
}

TEST_F(TopicServiceTest, RefusesSelfDuplicateAndUnknownEdges)
{
    const Topic a = add(QStringLiteral("Rhythm"));
    const Topic b = add(QStringLiteral("Reading music"));
    auto self = service().addPrerequisite(a.meta.id, a.meta.id);
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().code, ErrorCode::Invalid);
    EXPECT_EQ(self.error().field, QStringLiteral("prerequisite_id"));
    EXPECT_TRUE(self.error().message.contains(QStringLiteral("Rhythm")));

    MD_ASSERT_OK(service().addPrerequisite(b.meta.id, a.meta.id));
    auto duplicate = service().addPrerequisite(b.meta.id, a.meta.id);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    EXPECT_EQ(duplicate.error().field, QStringLiteral("prerequisite_id"));
    EXPECT_EQ(duplicate.error().message, QStringLiteral("“Reading music” already requires “Rhythm”."));

    auto unknownTopic = service().addPrerequisite(newId(), a.meta.id);
    ASSERT_FALSE(unknownTopic);
    EXPECT_EQ(unknownTopic.error().field, QStringLiteral("topic_id"));
    auto badPrereq = service().addPrerequisite(a.meta.id, QStringLiteral("not-an-id"));
    ASSERT_FALSE(badPrereq);
    EXPECT_EQ(badPrereq.error().field, QStringLiteral("prerequisite_id"));
    EXPECT_EQ(test::allRows(db(), QStringLiteral("topic_prerequisites")), 1) << "refused edges are not written";
}

TEST_F(TopicServiceTest, RefusesCycleNamingItTopicByTopic)
{
    const Topic sql = add(QStringLiteral("SQL"));
    const Topic basics = add(QStringLiteral("Python basics"));
    const Topic advanced = add(QStringLiteral("Advanced Python"));
    MD_ASSERT_OK(service().addPrerequisite(basics.meta.id, sql.meta.id));
    MD_ASSERT_OK(service().addPrerequisite(advanced.meta.id, basics.meta.id));
    auto cycle = service().addPrerequisite(sql.meta.id, advanced.meta.id);
    ASSERT_FALSE(cycle);
    EXPECT_EQ(cycle.error().code, ErrorCode::Conflict);
    EXPECT_EQ(cycle.error().field, QStringLiteral("prerequisite_id"));
    EXPECT_EQ(cycle.error().message, QStringLiteral("“SQL” cannot require “Advanced Python”: that would make a cycle "
                                                    "SQL → Python basics → Advanced Python → SQL."));
    auto shortCycle = service().addPrerequisite(sql.meta.id, basics.meta.id);
    ASSERT_FALSE(shortCycle);
    EXPECT_TRUE(shortCycle.error().message.endsWith(QStringLiteral("SQL → Python basics → SQL.")));
    EXPECT_EQ(edges(), 2);
}

TEST_F(TopicServiceTest, RefusesLongCycle)
{
    QList<Topic> chain;
    for (int i = 0; i < 40; ++i) {
        chain.append(add(QStringLiteral("Step %1").arg(i)));
        if (i > 0) {
            MD_ASSERT_OK(service().addPrerequisite(chain[i].meta.id, chain[i - 1].meta.id));
        }
    }
    auto cycle = service().addPrerequisite(chain.first().meta.id, chain.last().meta.id);
    ASSERT_FALSE(cycle);
    EXPECT_EQ(cycle.error().code, ErrorCode::Conflict);
    EXPECT_EQ(cycle.error().message.count(QStringLiteral(" → ")), 40);
    EXPECT_TRUE(cycle.error().message.contains(QStringLiteral("Step 0 → Step 1 → Step 2")));
    EXPECT_TRUE(cycle.error().message.endsWith(QStringLiteral("Step 39 → Step 0.")));
    EXPECT_EQ(edges(), 39);
}

TEST_F(TopicServiceTest, RemovesPrerequisite)
{
    const Topic a = add(QStringLiteral("Intervals"));
    const Topic b = add(QStringLiteral("Chords"));
    MD_ASSERT_OK(service().addPrerequisite(b.meta.id, a.meta.id));
    MD_ASSERT_OK(service().removePrerequisite(b.meta.id, a.meta.id));
    EXPECT_EQ(edges(), 0);
    EXPECT_EQ(test::allRows(db(), QStringLiteral("topic_prerequisites")), 1) << "edges are tombstoned";
    auto again = service().removePrerequisite(b.meta.id, a.meta.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
    EXPECT_EQ(again.error().message, QStringLiteral("“Chords” does not require “Intervals”."));
    MD_ASSERT_OK(service().addPrerequisite(a.meta.id, b.meta.id)); // the reverse edge is allowed now
}

TEST_F(TopicServiceTest, RemoveIsRefusedWhileReferencedAndSaysWhich)
{
    const Topic t = add(QStringLiteral("Databases"));
    const Topic other = add(QStringLiteral("Web apps"));
    CourseInput course;
    course.title = QStringLiteral("SQL for analysts");
    course.contentMinutes = 600;
    auto c = CourseService(db(), clock()).create(course, {t.meta.id});
    ASSERT_TRUE(c);
    test::insertTopicLink(db(), QStringLiteral("learner_goals"), QStringLiteral("learner_id"),
                          test::insertLearner(db(), QStringLiteral("Anna")), t.meta.id);
    test::insertTopicLink(db(), QStringLiteral("mentor_expertise"), QStringLiteral("mentor_id"),
                          test::insertMentor(db(), QStringLiteral("Li Wei")), t.meta.id);
    MD_ASSERT_OK(service().addPrerequisite(other.meta.id, t.meta.id));

    auto refused = service().remove(t.meta.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    const QString m = refused.error().message;
    EXPECT_TRUE(m.contains(QStringLiteral("“Databases”"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("1 course(s) cover it (“SQL for analysts”)"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("1 learner goal(s)"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("1 mentor expertise"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("1 prerequisite link(s)"))) << m.toStdString();
    EXPECT_TRUE(service().get(t.meta.id)) << "still there";

    // Only the course left: the message names just that.
    MD_ASSERT_OK(service().removePrerequisite(other.meta.id, t.meta.id));
    MD_ASSERT_OK(db().exec(QStringLiteral("UPDATE learner_goals SET deleted_at = '2026-01-10T00:00:00Z'")));
    MD_ASSERT_OK(db().exec(QStringLiteral("UPDATE mentor_expertise SET deleted_at = '2026-01-10T00:00:00Z'")));
    auto courseOnly = service().remove(t.meta.id);
    ASSERT_FALSE(courseOnly);
    EXPECT_FALSE(courseOnly.error().message.contains(QStringLiteral("goal")));
    EXPECT_TRUE(courseOnly.error().message.contains(QStringLiteral("course")));

    ASSERT_TRUE(CourseService(db(), clock()).setTopics(c->meta.id, {}));
    auto removed = service().remove(t.meta.id);
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_TRUE(removed->meta.deletedAt.isValid());
    EXPECT_EQ(service().get(t.meta.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(test::allRows(db(), QStringLiteral("topics")), 2) << "a tombstone, not a DELETE";
    EXPECT_EQ(service().list({})->total, 1);
}
