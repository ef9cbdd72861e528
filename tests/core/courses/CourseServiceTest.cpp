// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseService.h"

#include "CatalogFixtures.h"
#include "TestStudio.h"
#include "courses/TopicService.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class CourseServiceTest : public test::StudioTest
{
protected:
    CourseService service() { return CourseService(db(), clock()); }
    Id topic(const QString& name)
    {
        auto t = TopicService(db(), clock()).create({name, QString(), QString()});
        EXPECT_TRUE(t) << t.error().message.toStdString();
        return t ? t->meta.id : Id();
    }
    static CourseInput input(const QString& title, int minutes = 600, int level = 2)
    {
        CourseInput in;
        in.title = title;
        in.level = level;
        in.contentMinutes = minutes;
        in.quality = 8;
        in.practicality = 6;
        return in;
    }
    Course add(const QString& title, const QList<Id>& topics = {}, const QList<CourseModuleInput>& modules = {})
    {
        auto c = service().create(input(title), topics, modules);
        EXPECT_TRUE(c) << c.error().message.toStdString();
        return c ? *c : Course{};
    }
    void expectNothingWritten()
    {
        EXPECT_EQ(test::allRows(db(), QStringLiteral("courses")), 0);
        EXPECT_EQ(test::allRows(db(), QStringLiteral("course_topics")), 0);
        EXPECT_EQ(test::allRows(db(), QStringLiteral("course_modules")), 0);
    }
};

TEST_F(CourseServiceTest, CreatesWithTopicsAndModules)
{
    const Id sql = topic(QStringLiteral("SQL"));
    const Id basics = topic(QStringLiteral("Python basics"));
    CourseInput in = input(QStringLiteral("  Data wrangling  "), 0, 3);
    auto c = service().create(in, {sql, basics, sql},
                              {{QStringLiteral("Setup"), 30, std::nullopt},
                               {QStringLiteral("Pandas"), 90, 4500},
                               {QStringLiteral("Project"), 120, 0}});
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->title, QStringLiteral("Data wrangling"));
    EXPECT_EQ(c->contentMinutes, 240) << "defaults to the sum of the modules";
    EXPECT_EQ(c->topics, (QList<Id>{basics, sql})) << "duplicates dropped, ordered by topic name";
    auto loaded = service().get(c->meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->level, 3);
    EXPECT_EQ(loaded->quality, 8);
    EXPECT_EQ(loaded->practicality, 6);
    EXPECT_EQ(loaded->meta.version, 1);
    ASSERT_EQ(loaded->modules.size(), 3);
    EXPECT_EQ(loaded->modules[0].title, QStringLiteral("Setup"));
    EXPECT_EQ(loaded->modules[0].position, 1);
    EXPECT_FALSE(loaded->modules[0].priceMinor.has_value());
    EXPECT_EQ(loaded->modules[1].priceMinor, 4500);
    EXPECT_EQ(loaded->modules[2].priceMinor, 0) << "a free module is not the same as no price";
    EXPECT_EQ(loaded->modules[2].position, 3);
    EXPECT_EQ(loaded->modules[2].courseId, c->meta.id);
}

TEST_F(CourseServiceTest, GivenContentMinutesWinOverModuleSum)
{
    auto c = service().create(input(QStringLiteral("Piano I"), 1800), {}, {{QStringLiteral("Posture"), 60, {}}});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->contentMinutes, 1800);
}

TEST_F(CourseServiceTest, RejectsBadInputNamingTheField)
{
    const Id known = topic(QStringLiteral("Known"));
    struct Case
    {
        CourseInput input;
        QList<Id> topics;
        QList<CourseModuleInput> modules;
        const char* field;
    };
    const auto with = [](auto change) {
        CourseInput in = input(QStringLiteral("Valid"));
        change(in);
        return in;
    };
    const QList<CourseModuleInput> good = {{QStringLiteral("A"), 60, {}}, {QStringLiteral("B"), 60, {}}};
    const QList<Case> cases = {
        {with([](CourseInput& c) { c.title = QStringLiteral(" "); }), {}, {}, "title"},
        {with([](CourseInput& c) { c.title = QString(201, u't'); }), {}, {}, "title"},
        {with([](CourseInput& c) { c.level = 0; }), {}, {}, "level"},
        {with([](CourseInput& c) { c.level = 6; }), {}, {}, "level"},
        {with([](CourseInput& c) { c.contentMinutes = -5; }), {}, {}, "content_minutes"},
        {with([](CourseInput& c) { c.contentMinutes = 0; }), {}, {}, "content_minutes"},
        {with([](CourseInput& c) { c.contentMinutes = 600001; }), {}, {}, "content_minutes"},
        {with([](CourseInput& c) { c.quality = 0; }), {}, {}, "quality"},
        {with([](CourseInput& c) { c.quality = 11; }), {}, {}, "quality"},
        {with([](CourseInput& c) { c.practicality = 11; }), {}, {}, "practicality"},
        {input(QStringLiteral("Valid")), {QStringLiteral("nope")}, {}, "topics"},
        {input(QStringLiteral("Valid")), {known, newId()}, {}, "topics"},
        {input(QStringLiteral("Valid")),
         {},
         good + QList<CourseModuleInput>{{QStringLiteral("C"), 0, {}}},
         "modules[2].minutes"},
        {input(QStringLiteral("Valid")), {}, {{QStringLiteral("  "), 30, {}}}, "modules[0].title"},
        {input(QStringLiteral("Valid")), {}, {good[0], {QStringLiteral("B"), 30, -1}}, "modules[1].price_minor"},
    };
    for (const Case& c : cases) {
        auto r = service().create(c.input, c.topics, c.modules);
        ASSERT_FALSE(r) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid) << c.field;
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    expectNothingWritten();
}

TEST_F(CourseServiceTest, EditReplacesOwnFieldsAndChecksVersion)
{
    const Id t = topic(QStringLiteral("Harmony"));
    const Course c = add(QStringLiteral("Harmony I"), {t}, {{QStringLiteral("Triads"), 45, {}}});
    CourseInput in = input(QStringLiteral("Harmony 1"), 0, 4);
    in.description = QStringLiteral("Four-part writing");
    auto edited = service().edit(c.meta.id, in, c.meta.version);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(edited->meta.version, 2);
    EXPECT_EQ(edited->contentMinutes, 45) << "0 = sum of the current modules";
    EXPECT_EQ(edited->topics, QList<Id>{t}) << "edit leaves topics alone";
    EXPECT_EQ(edited->modules.size(), 1);
    auto stale = service().edit(c.meta.id, input(QStringLiteral("Other")), c.meta.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto bad = service().edit(c.meta.id, input(QStringLiteral("Other"), 600, 9));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("level"));
    EXPECT_EQ(service().get(c.meta.id)->title, QStringLiteral("Harmony 1"));
    EXPECT_EQ(service().edit(newId(), input(QStringLiteral("X"))).error().code, ErrorCode::NotFound);
}

TEST_F(CourseServiceTest, ArchiveHidesAndRestoreShows)
{
    const Course a = add(QStringLiteral("Alpha"));
    add(QStringLiteral("Beta"));
    ASSERT_TRUE(service().archive(a.meta.id));
    EXPECT_EQ(service().list({})->total, 1);
    CourseFilter all;
    all.includeArchived = true;
    EXPECT_EQ(service().list(all)->total, 2);
    CourseFilter archived;
    archived.archivedOnly = true;
    EXPECT_EQ(service().list(archived)->items.first().title, QStringLiteral("Alpha"));
    auto twice = service().archive(a.meta.id);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Refused);
    ASSERT_TRUE(service().restore(a.meta.id));
    EXPECT_FALSE(service().get(a.meta.id)->isArchived());
    EXPECT_EQ(service().restore(a.meta.id).error().code, ErrorCode::Refused);
}

TEST_F(CourseServiceTest, ListFiltersByTextLevelAndTopic)
{
    const Id maths = topic(QStringLiteral("Maths"));
    const Id music = topic(QStringLiteral("Music"));
    add(QStringLiteral("Algebra"), {maths});
    add(QStringLiteral("Calculus"), {maths}, {{QStringLiteral("Limits"), 60, {}}});
    add(QStringLiteral("Piano_1"), {music});
    auto c = service().create(input(QStringLiteral("Theory"), 300, 5), {music, maths});
    ASSERT_TRUE(c);
    CourseFilter f;
    f.topicId = maths;
    auto byTopic = service().list(f);
    ASSERT_TRUE(byTopic);
    EXPECT_EQ(byTopic->total, 3);
    EXPECT_EQ(byTopic->items[1].modules.size(), 1) << "listed courses carry their modules";
    EXPECT_EQ(byTopic->items[2].topics.size(), 2) << "listed courses carry their topics";
    f = {};
    f.level = 5;
    EXPECT_EQ(service().list(f)->items.first().title, QStringLiteral("Theory"));
    f = {};
    f.text = QStringLiteral("_");
    EXPECT_EQ(service().list(f)->total, 1) << "LIKE wildcards are literal";
    auto page = service().list({}, {1, 2});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 4);
    ASSERT_EQ(page->items.size(), 2);
    EXPECT_EQ(page->items[0].title, QStringLiteral("Calculus"));
}

TEST_F(CourseServiceTest, SetTopicsReplacesLinks)
{
    const Id a = topic(QStringLiteral("A"));
    const Id b = topic(QStringLiteral("B"));
    const Id c = topic(QStringLiteral("C"));
    const Course course = add(QStringLiteral("Mixed"), {a, b});
    auto changed = service().setTopics(course.meta.id, {c, b});
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(changed->topics, (QList<Id>{b, c}));
    EXPECT_EQ(test::liveRows(db(), QStringLiteral("course_topics")), 2);
    EXPECT_EQ(test::allRows(db(), QStringLiteral("course_topics")), 3) << "b kept, a tombstoned, c added";

    auto bad = service().setTopics(course.meta.id, {a, newId()});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("topics"));
    EXPECT_EQ(service().get(course.meta.id)->topics, (QList<Id>{b, c})) << "nothing changed on failure";
    EXPECT_EQ(service().setTopics(newId(), {a}).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(service().setTopics(course.meta.id, {}));
    EXPECT_TRUE(service().get(course.meta.id)->topics.isEmpty());
}
