// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonTestBase.h"
#include "lessons/LessonRepository.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class ConflictCheckerTest : public test::LessonTestBase
{
protected:
    void SetUp() override
    {
        LessonTestBase::SetUp();
        existing = add(anna, {liEnrollment}, "2026-02-03 17:00");
    }
    Lesson existing;
};

TEST_F(ConflictCheckerTest, MentorDoubleBookingIsRefusedListedAndNothingWritten)
{
    QList<Conflict> conflicts;
    auto r = service().create(one(anna, {miaEnrollment}, "2026-02-03 17:30"), &conflicts);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].kind, ConflictKind::MentorDoubleBooked);
    EXPECT_EQ(conflicts[0].lessonId, existing.meta.id);
    EXPECT_FALSE(conflicts[0].learnerId.has_value());
    EXPECT_EQ(conflicts[0].startsAt, existing.startsAt);
    EXPECT_EQ(conflicts[0].endsAt, existing.endsAt());
    EXPECT_TRUE(conflicts[0].description.contains(QStringLiteral("2026-02-03 17:00")));
    EXPECT_TRUE(conflicts[0].description.contains(QStringLiteral("Anna Berg")));
    EXPECT_TRUE(r.error().message.contains(conflicts[0].description));
    EXPECT_EQ(fx().count(QStringLiteral("lessons")), 1);
    EXPECT_EQ(fx().count(QStringLiteral("lesson_attendees")), 1);
}

TEST_F(ConflictCheckerTest, LearnerDoubleBookingIsRefused)
{
    const Id liWithBo = fx().addEnrollment(li, bo);
    QList<Conflict> conflicts;
    auto r = service().create(one(bo, {liWithBo}, "2026-02-03 16:30"), &conflicts);
    ASSERT_FALSE(r);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].kind, ConflictKind::LearnerDoubleBooked);
    EXPECT_EQ(conflicts[0].learnerId, li);
    EXPECT_EQ(conflicts[0].who, QStringLiteral("Li Wei"));
}

TEST_F(ConflictCheckerTest, ReportsEveryClashTogether)
{
    const Lesson second = add(bo, {miaEnrollment}, "2026-02-03 18:00");
    QList<Conflict> conflicts;
    auto r = service().create(one(anna, {liEnrollment, miaEnrollment}, "2026-02-03 17:45"), &conflicts);
    ASSERT_FALSE(r);
    ASSERT_EQ(conflicts.size(), 3);
    EXPECT_EQ(conflicts[0].kind, ConflictKind::MentorDoubleBooked);
    EXPECT_EQ(conflicts[1].kind, ConflictKind::LearnerDoubleBooked);
    EXPECT_EQ(conflicts[1].learnerId, li);
    EXPECT_EQ(conflicts[2].learnerId, mia);
    EXPECT_EQ(conflicts[2].lessonId, second.meta.id);
}

TEST_F(ConflictCheckerTest, OneLessonClashingOnMentorAndLearnerCountsOnce)
{
    QList<Conflict> conflicts;
    auto r = service().create(one(anna, {liEnrollment}, "2026-02-03 17:30"), &conflicts);
    ASSERT_FALSE(r);
    ASSERT_EQ(conflicts.size(), 2) << "the mentor and the learner are both booked";
    EXPECT_EQ(conflicts[0].lessonId, conflicts[1].lessonId);
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("The lesson clashes with 1 other lesson")))
        << r.error().message.toStdString();
}

TEST_F(ConflictCheckerTest, BackToBackLessonsDoNotConflict)
{
    EXPECT_TRUE(service().create(one(anna, {liEnrollment}, "2026-02-03 18:00")));
    EXPECT_TRUE(service().create(one(anna, {liEnrollment}, "2026-02-03 16:00")));
    EXPECT_TRUE(service().create(one(anna, {liEnrollment}, "2026-02-02 16:00", 1440)));
}

TEST_F(ConflictCheckerTest, CancelledAndNoShowLessonsDoNotBlockButHeldOnesDo)
{
    ASSERT_TRUE(service().cancel(existing.meta.id, CancelledBy::Learner));
    EXPECT_TRUE(service().create(one(anna, {liEnrollment}, "2026-02-03 17:00")));

    const Lesson past = add(anna, {liEnrollment}, "2026-01-14 17:00");
    ASSERT_TRUE(service().markNoShow(past.meta.id));
    EXPECT_TRUE(service().create(one(anna, {miaEnrollment}, "2026-01-14 17:00")));

    const Lesson held = add(bo, {noahEnrollment}, "2026-01-13 09:00");
    ASSERT_TRUE(service().complete(held.meta.id));
    auto r = service().create(one(bo, {miaEnrollment}, "2026-01-13 09:30"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
}

TEST_F(ConflictCheckerTest, AnAttendeeWhoCancelledDoesNotBlock)
{
    const Lesson group = add(bo, {miaEnrollment, noahEnrollment}, "2026-02-05 10:00");
    ASSERT_TRUE(service().setAttendeeStatus(group.meta.id, mia, LessonStatus::CancelledByLearner));
    EXPECT_TRUE(service().create(one(anna, {miaEnrollment}, "2026-02-05 10:00")));
    EXPECT_FALSE(service().create(one(anna, {noahEnrollment}, "2026-02-05 10:30")));
}

TEST_F(ConflictCheckerTest, AllowConflictsStoresTheLessonAndStillReports)
{
    LessonInput in = one(anna, {liEnrollment}, "2026-02-03 17:15");
    in.allowConflicts = true;
    QList<Conflict> conflicts;
    auto r = service().create(in, &conflicts);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(conflicts.size(), 2);
    EXPECT_EQ(fx().count(QStringLiteral("lessons")), 2);
}

TEST_F(ConflictCheckerTest, RescheduleIgnoresTheLessonItselfButNotOthers)
{
    RescheduleInput move;
    move.start = at("2026-02-03 17:30");
    EXPECT_TRUE(service().reschedule(existing.meta.id, move));
    const Lesson other = add(anna, {miaEnrollment}, "2026-02-03 19:00");
    move.start = at("2026-02-03 18:45");
    QList<Conflict> conflicts;
    auto r = service().reschedule(existing.meta.id, move, &conflicts);
    ASSERT_FALSE(r);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].lessonId, other.meta.id);
    EXPECT_EQ(service().get(existing.meta.id)->startsAt, utc("2026-02-03T16:30:00Z"));
}

TEST_F(ConflictCheckerTest, DryRunReportsWithoutWriting)
{
    auto c = service().checkConflicts(anna, at("2026-02-03 17:59"), 30, {miaEnrollment});
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->size(), 1);
    auto free = service().checkConflicts(anna, at("2026-02-03 18:00"), 30, {});
    ASSERT_TRUE(free);
    EXPECT_TRUE(free->isEmpty());
    auto bad = service().checkConflicts(QStringLiteral("x"), at("2026-02-03 18:00"), 30, {});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("mentor"));
    EXPECT_EQ(fx().count(QStringLiteral("lessons")), 1);
}

TEST_F(ConflictCheckerTest, OverlapQueriesAreIndexRangeScans)
{
    auto plans = LessonRepository(db()).overlapQueryPlans();
    ASSERT_TRUE(plans) << plans.error().message.toStdString();
    const QString all = plans->join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("lessons_mentor_start"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("lesson_attendees_learner"))) << all.toStdString();
    for (const QString& line : std::as_const(*plans)) {
        EXPECT_FALSE(line.startsWith(QStringLiteral("SCAN"))) << line.toStdString();
    }
}
