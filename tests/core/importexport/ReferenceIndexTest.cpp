// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ReferenceIndex.h"

#include "LessonFixture.h"
#include "TestStudio.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

class ReferenceIndexTest : public StudioTest
{};

TEST_F(ReferenceIndexTest, ResolvesIdsAndNamesIgnoringCaseAndSpaces)
{
    LessonFixture fx(db());
    const Id anna = fx.addMentor(QStringLiteral("Anna  Berg"));
    ReferenceIndex index(db(), NamedTable::Mentors);
    EXPECT_EQ(index.resolve(QStringLiteral(""), QStringLiteral("mentor")), Id());
    EXPECT_EQ(index.resolve(anna.toUpper(), QStringLiteral("mentor")), anna);
    EXPECT_EQ(index.resolve(QStringLiteral(" anna berg "), QStringLiteral("mentor")), anna);
    EXPECT_EQ(index.nameOf(anna), QStringLiteral("Anna  Berg"));
    const auto unknown = index.resolve(QStringLiteral("Bo"), QStringLiteral("teacher"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("teacher"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("“Bo”")));
}

TEST_F(ReferenceIndexTest, ReadsTheTableOnceAndSkipsTombstones)
{
    LessonFixture fx(db());
    const Id li = fx.addLearner(QStringLiteral("Li Na"));
    const Id gone = fx.addLearner(QStringLiteral("Li Na"));
    auto s = db().prepare(QStringLiteral("UPDATE learners SET deleted_at = '2026-01-02T00:00:00Z' WHERE id = ?"));
    ASSERT_TRUE(s);
    s->bind(gone);
    ASSERT_TRUE(s->exec());
    ReferenceIndex index(db(), NamedTable::Learners);
    EXPECT_EQ(index.resolve(QStringLiteral("Li Na"), QStringLiteral("learner")), li);
    EXPECT_FALSE(index.resolve(gone, QStringLiteral("learner")));
    // Added after the first read: not seen (one read per import run).
    const Id later = fx.addLearner(QStringLiteral("Later"));
    EXPECT_FALSE(index.resolve(later, QStringLiteral("learner")));
}

TEST_F(ReferenceIndexTest, SeveralLiveMatchesAreAmbiguous)
{
    LessonFixture fx(db());
    const Id a = fx.addTopic(QStringLiteral("Scales"));
    const Id c1 = fx.addCourse(QStringLiteral("Piano"));
    const Id c2 = fx.addCourse(QStringLiteral("piano"));
    ReferenceIndex topics(db(), NamedTable::Topics);
    EXPECT_EQ(topics.resolve(QStringLiteral("SCALES"), QStringLiteral("goals")), a);
    ReferenceIndex courses(db(), NamedTable::Courses);
    const auto r = courses.resolve(QStringLiteral("Piano"), QStringLiteral("course"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("course"));
    EXPECT_TRUE(r.error().message.contains(c1));
    EXPECT_TRUE(r.error().message.contains(c2));
}
