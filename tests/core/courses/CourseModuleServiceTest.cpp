// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogFixtures.h"
#include "TestStudio.h"
#include "courses/CourseService.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class CourseModuleServiceTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        CourseInput in;
        in.title = QStringLiteral("Guitar");
        auto c = service().create(in, {},
                                  {{QStringLiteral("A"), 30, {}},
                                   {QStringLiteral("B"), 40, {}},
                                   {QStringLiteral("C"), 50, {}},
                                   {QStringLiteral("D"), 60, {}}});
        ASSERT_TRUE(c) << c.error().message.toStdString();
        m_course = *c;
    }
    CourseService service() { return CourseService(db(), clock()); }
    /// Titles of the live modules in position order, e.g. "ABCD"; checks the positions have no gaps.
    QString order()
    {
        auto c = service().get(m_course.meta.id);
        EXPECT_TRUE(c);
        QString s;
        for (qsizetype i = 0; i < c->modules.size(); ++i) {
            EXPECT_EQ(c->modules[i].position, i + 1);
            s += c->modules[i].title;
        }
        return s;
    }
    Id module(qsizetype index) const { return m_course.modules[index].meta.id; }

    Course m_course;
};

TEST_F(CourseModuleServiceTest, AppendsOrInsertsAtPosition)
{
    auto appended = service().addModule(m_course.meta.id, {QStringLiteral("E"), 20, 1500});
    ASSERT_TRUE(appended) << appended.error().message.toStdString();
    EXPECT_EQ(appended->position, 5);
    EXPECT_EQ(appended->priceMinor, 1500);
    auto first = service().addModule(m_course.meta.id, {QStringLiteral("0"), 10, {}}, 1);
    ASSERT_TRUE(first);
    EXPECT_EQ(order(), QStringLiteral("0ABCDE"));
    auto middle = service().addModule(m_course.meta.id, {QStringLiteral("x"), 10, {}}, 4);
    ASSERT_TRUE(middle);
    EXPECT_EQ(order(), QStringLiteral("0ABxCDE"));
    auto last = service().addModule(m_course.meta.id, {QStringLiteral("z"), 10, {}}, 8);
    ASSERT_TRUE(last);
    EXPECT_EQ(order(), QStringLiteral("0ABxCDEz"));
    EXPECT_EQ(service().get(m_course.meta.id)->contentMinutes, 180) << "content minutes are not recomputed";
}

TEST_F(CourseModuleServiceTest, AddRejectsBadInputAndWritesNothing)
{
    struct Case
    {
        CourseModuleInput input;
        int position;
        const char* field;
    };
    const QList<Case> cases = {
        {{QStringLiteral(""), 10, {}}, 0, "title"},     {{QStringLiteral("X"), 0, {}}, 0, "minutes"},
        {{QStringLiteral("X"), -10, {}}, 0, "minutes"}, {{QStringLiteral("X"), 10, -1}, 0, "price_minor"},
        {{QStringLiteral("X"), 10, {}}, 6, "position"}, {{QStringLiteral("X"), 10, {}}, -1, "position"},
    };
    for (const Case& c : cases) {
        auto r = service().addModule(m_course.meta.id, c.input, c.position);
        ASSERT_FALSE(r) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field));
    }
    EXPECT_EQ(service().addModule(newId(), {QStringLiteral("X"), 10, {}}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(test::allRows(db(), QStringLiteral("course_modules")), 4);
    EXPECT_EQ(order(), QStringLiteral("ABCD"));
}

TEST_F(CourseModuleServiceTest, EditsModuleAndChecksVersion)
{
    const CourseModule b = m_course.modules[1];
    auto edited = service().editModule(b.meta.id, {QStringLiteral("B2"), 45, 2000}, b.meta.version);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(edited->meta.version, 2);
    EXPECT_EQ(edited->position, 2);
    auto stale = service().editModule(b.meta.id, {QStringLiteral("B3"), 45, {}}, b.meta.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto bad = service().editModule(b.meta.id, {QStringLiteral("B3"), 0, {}});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("minutes"));
    auto cleared = service().editModule(b.meta.id, {QStringLiteral("B2"), 45, std::nullopt});
    ASSERT_TRUE(cleared);
    const CourseModule stored = service().get(m_course.meta.id)->modules[1];
    EXPECT_EQ(stored.title, QStringLiteral("B2"));
    EXPECT_EQ(stored.minutes, 45);
    EXPECT_FALSE(stored.priceMinor.has_value());
    EXPECT_EQ(service().editModule(newId(), {QStringLiteral("X"), 1, {}}).error().code, ErrorCode::NotFound);
}

TEST_F(CourseModuleServiceTest, RemoveClosesTheGap)
{
    auto after = service().removeModule(module(1));
    ASSERT_TRUE(after) << after.error().message.toStdString();
    ASSERT_EQ(after->size(), 3);
    EXPECT_EQ(after->at(1).title, QStringLiteral("C"));
    EXPECT_EQ(after->at(1).position, 2);
    EXPECT_EQ(order(), QStringLiteral("ACD"));
    EXPECT_EQ(test::allRows(db(), QStringLiteral("course_modules")), 4) << "tombstoned, not deleted";
    EXPECT_EQ(service().get(m_course.meta.id)->modules[0].meta.version, 1) << "modules before the gap untouched";
    EXPECT_EQ(service().get(m_course.meta.id)->modules[1].meta.version, 2) << "renumbered modules bump their version";
    EXPECT_EQ(service().removeModule(module(1)).error().code, ErrorCode::NotFound);
}

TEST_F(CourseModuleServiceTest, MovesForwardAndBackward)
{
    auto forward = service().moveModule(module(0), 3);
    ASSERT_TRUE(forward) << forward.error().message.toStdString();
    EXPECT_EQ(order(), QStringLiteral("BCAD"));
    ASSERT_TRUE(service().moveModule(module(3), 1));
    EXPECT_EQ(order(), QStringLiteral("DBCA"));
    ASSERT_TRUE(service().moveModule(module(2), 4));
    EXPECT_EQ(order(), QStringLiteral("DBAC"));
    ASSERT_TRUE(service().moveModule(module(1), 2)) << "moving to the same place is a no-op";
    EXPECT_EQ(order(), QStringLiteral("DBAC"));
}

TEST_F(CourseModuleServiceTest, MoveRejectsPositionOutsideTheCourse)
{
    for (const int position : {0, 5, -2}) {
        auto r = service().moveModule(module(0), position);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().field, QStringLiteral("position"));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("between 1 and 4")));
    }
    EXPECT_EQ(order(), QStringLiteral("ABCD"));
    EXPECT_EQ(service().moveModule(newId(), 1).error().code, ErrorCode::NotFound);
}
