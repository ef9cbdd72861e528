// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonTestBase.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class LessonServiceTest : public test::LessonTestBase
{};

TEST_F(LessonServiceTest, CreatesOneOffLessonStoredInUtc)
{
    LessonInput in = one(anna, {liEnrollment}, "2026-02-03 17:00", 45);
    in.location = QStringLiteral("  Room 2 ");
    in.notes = QStringLiteral("bring scales");
    auto l = service().create(in);
    ASSERT_TRUE(l) << l.error().message.toStdString();
    EXPECT_TRUE(isWellFormedId(l->meta.id));
    EXPECT_EQ(l->meta.version, 1);
    EXPECT_EQ(l->startsAt, utc("2026-02-03T16:00:00Z"));
    EXPECT_EQ(l->endsAt(), utc("2026-02-03T16:45:00Z"));
    auto loaded = service().get(l->meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->status, LessonStatus::Scheduled);
    EXPECT_EQ(loaded->location, QStringLiteral("Room 2"));
    EXPECT_EQ(loaded->notes, QStringLiteral("bring scales"));
    EXPECT_EQ(loaded->mentorName, QStringLiteral("Anna Berg"));
    EXPECT_FALSE(loaded->seriesId.has_value());
    EXPECT_FALSE(loaded->actualMinutes.has_value());
    EXPECT_TRUE(loaded->billable);
    ASSERT_EQ(loaded->attendees.size(), 1);
    EXPECT_EQ(loaded->attendees[0].learnerId, li);
    EXPECT_EQ(loaded->attendees[0].enrollmentId, liEnrollment);
    EXPECT_EQ(loaded->attendees[0].learnerName, QStringLiteral("Li Wei"));
    EXPECT_EQ(loaded->attendees[0].meta.updatedBy, db().deviceId());
}

TEST_F(LessonServiceTest, CreatesGroupLessonAndSubstituteMentorMayTeach)
{
    auto l = service().create(one(bo, {liEnrollment, miaEnrollment, noahEnrollment}, "2026-02-04 10:00", 90));
    ASSERT_TRUE(l) << l.error().message.toStdString();
    EXPECT_EQ(l->attendees.size(), 3);
    EXPECT_EQ(l->mentorId, bo) << "any mentor may teach an enrollment of another mentor";
    LessonFilter byLearner;
    byLearner.learnerId = mia;
    EXPECT_EQ(service().list(byLearner)->total, 1);
}

TEST_F(LessonServiceTest, PausedEnrollmentMayHaveLessons)
{
    const Id paused = fx().addEnrollment(li, anna, QStringLiteral("paused"));
    EXPECT_TRUE(service().create(one(anna, {paused}, "2026-02-03 17:00")));
}

TEST_F(LessonServiceTest, RejectsBadInputNamingTheFieldAndWritesNothing)
{
    const Id archived = fx().addMentor(QStringLiteral("Old Mentor"), true);
    const Id completed = fx().addEnrollment(li, anna, QStringLiteral("completed"));
    const Id cancelled = fx().addEnrollment(mia, anna, QStringLiteral("cancelled"));
    const Id liSecond = fx().addEnrollment(li, bo);
    struct Case
    {
        LessonInput input;
        const char* field;
    };
    QList<Case> cases = {
        {one(QStringLiteral("nope"), {liEnrollment}, "2026-02-03 17:00"), "mentor"},
        {one(newId(), {liEnrollment}, "2026-02-03 17:00"), "mentor"},
        {one(archived, {liEnrollment}, "2026-02-03 17:00"), "mentor"},
        {one(anna, {}, "2026-02-03 17:00"), "enrollment"},
        {one(anna, {newId()}, "2026-02-03 17:00"), "enrollment"},
        {one(anna, {QStringLiteral("x")}, "2026-02-03 17:00"), "enrollment"},
        {one(anna, {completed}, "2026-02-03 17:00"), "enrollment"},
        {one(anna, {cancelled}, "2026-02-03 17:00"), "enrollment"},
        {one(anna, {liEnrollment, liSecond}, "2026-02-03 17:00"), "enrollment"},
        {one(anna, {liEnrollment}, "2026-02-03 17:00", 0), "minutes"},
        {one(anna, {liEnrollment}, "2026-02-03 17:00", 1441), "minutes"},
        {one(anna, {liEnrollment}, "2026-03-29 02:15"), "start"},
    };
    LessonInput longLocation = one(anna, {liEnrollment}, "2026-02-03 17:00");
    longLocation.location = QString(201, u'x');
    cases.append({longLocation, "location"});
    LessonInput noStart = one(anna, {liEnrollment}, "2026-02-03 17:00");
    noStart.start = {};
    cases.append({noStart, "start"});
    for (const Case& c : std::as_const(cases)) {
        auto l = service().create(c.input);
        ASSERT_FALSE(l) << c.field;
        EXPECT_EQ(l.error().code, ErrorCode::Invalid) << c.field;
        EXPECT_EQ(l.error().field, QString::fromLatin1(c.field)) << l.error().message.toStdString();
        EXPECT_FALSE(l.error().message.isEmpty());
    }
    EXPECT_EQ(fx().countAll(QStringLiteral("lessons")), 0);
    EXPECT_EQ(fx().countAll(QStringLiteral("lesson_attendees")), 0);
}

TEST_F(LessonServiceTest, ListFiltersAndPagesInTimeOrder)
{
    const Lesson late = add(anna, {liEnrollment}, "2026-02-05 17:00");
    const Lesson early = add(anna, {miaEnrollment}, "2026-02-03 17:00");
    const Lesson other = add(bo, {noahEnrollment}, "2026-02-04 09:00");
    auto all = service().list({});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->total, 3);
    EXPECT_EQ(all->items[0].meta.id, early.meta.id);
    EXPECT_EQ(all->items[2].meta.id, late.meta.id);

    LessonFilter range;
    range.fromUtc = utc("2026-02-04T00:00:00Z");
    range.toUtc = utc("2026-02-05T00:00:00Z");
    auto inRange = service().list(range);
    ASSERT_EQ(inRange->total, 1);
    EXPECT_EQ(inRange->items[0].meta.id, other.meta.id);

    LessonFilter byMentor;
    byMentor.mentorId = anna;
    EXPECT_EQ(service().list(byMentor)->total, 2);
    LessonFilter byEnrollment;
    byEnrollment.enrollmentId = miaEnrollment;
    EXPECT_EQ(service().list(byEnrollment)->items.value(0).meta.id, early.meta.id);

    ASSERT_TRUE(service().cancel(late.meta.id, CancelledBy::Mentor));
    LessonFilter cancelled;
    cancelled.statuses = {LessonStatus::CancelledByMentor, LessonStatus::CancelledByLearner};
    EXPECT_EQ(service().list(cancelled)->total, 1);

    auto page = service().list({}, {1, 1});
    EXPECT_EQ(page->total, 3);
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items[0].meta.id, other.meta.id);
}

TEST_F(LessonServiceTest, RescheduleMovesAScheduledLessonAndBumpsTheVersion)
{
    const Lesson l = add(anna, {liEnrollment}, "2026-02-03 17:00");
    RescheduleInput move;
    move.start = at("2026-02-04 18:30");
    move.plannedMinutes = 30;
    move.mentorId = bo;
    auto moved = service().reschedule(l.meta.id, move);
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->startsAt, utc("2026-02-04T17:30:00Z"));
    EXPECT_EQ(moved->endsAt(), utc("2026-02-04T18:00:00Z"));
    EXPECT_EQ(moved->mentorId, bo);
    EXPECT_EQ(moved->meta.version, 2);

    RescheduleInput bad;
    bad.start = at("2026-02-04 18:30");
    bad.plannedMinutes = 2000;
    auto refused = service().reschedule(l.meta.id, bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("minutes"));
    EXPECT_EQ(service().get(l.meta.id)->meta.version, 2);
}

TEST_F(LessonServiceTest, RescheduleIsRefusedOnceHeldOrCancelled)
{
    const Lesson held = add(anna, {liEnrollment}, "2026-01-14 17:00");
    ASSERT_TRUE(service().complete(held.meta.id));
    RescheduleInput move;
    move.start = at("2026-01-20 17:00");
    auto r = service().reschedule(held.meta.id, move);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Refused);
    const Lesson cancelled = add(anna, {miaEnrollment}, "2026-02-14 17:00");
    ASSERT_TRUE(service().cancel(cancelled.meta.id, CancelledBy::Learner));
    EXPECT_EQ(service().reschedule(cancelled.meta.id, move).error().code, ErrorCode::Refused);
    EXPECT_EQ(service().get(held.meta.id)->startsAt, held.startsAt);
}

TEST_F(LessonServiceTest, UnknownLessonIsNotFound)
{
    auto r = service().get(newId());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().complete(newId()).error().code, ErrorCode::NotFound);
}
