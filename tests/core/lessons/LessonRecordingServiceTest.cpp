// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonTestBase.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class LessonRecordingServiceTest : public test::LessonTestBase
{
protected:
    void SetUp() override
    {
        LessonTestBase::SetUp();
        past = add(anna, {liEnrollment}, "2026-01-14 17:00", 60);
        future = add(anna, {liEnrollment}, "2026-01-20 17:00", 60);
    }
    Lesson past;
    Lesson future;
};

TEST_F(LessonRecordingServiceTest, CompleteDefaultsActualMinutesToPlannedAndCanBeCorrected)
{
    auto held = service().complete(past.meta.id);
    ASSERT_TRUE(held) << held.error().message.toStdString();
    EXPECT_EQ(held->status, LessonStatus::Held);
    EXPECT_EQ(held->actualMinutes, 60);
    EXPECT_EQ(held->meta.version, 2);
    auto corrected = service().complete(past.meta.id, {55, QStringLiteral("chords"), QStringLiteral("page 12")});
    ASSERT_TRUE(corrected);
    EXPECT_EQ(corrected->actualMinutes, 55);
    EXPECT_EQ(corrected->notes, QStringLiteral("chords"));
    EXPECT_EQ(corrected->homework, QStringLiteral("page 12"));
    auto again = service().complete(past.meta.id);
    EXPECT_EQ(again->actualMinutes, 55) << "a second completion keeps the recorded minutes";
    EXPECT_EQ(service().complete(past.meta.id, {0, {}, {}})->actualMinutes, 0);
}

TEST_F(LessonRecordingServiceTest, CompleteRejectsBadMinutesAndUnstartedOrCancelledLessons)
{
    for (int minutes : {-1, 1441}) {
        auto r = service().complete(past.meta.id, {minutes, {}, {}});
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().field, QStringLiteral("actual_minutes"));
    }
    auto longNotes = service().complete(past.meta.id, {std::nullopt, QString(10001, u'n'), {}});
    EXPECT_EQ(longNotes.error().field, QStringLiteral("notes"));
    EXPECT_EQ(service().get(past.meta.id)->status, LessonStatus::Scheduled);
    EXPECT_EQ(service().get(past.meta.id)->meta.version, 1);

    EXPECT_EQ(service().complete(future.meta.id).error().code, ErrorCode::Refused);
    ASSERT_TRUE(service().cancel(future.meta.id, CancelledBy::Learner));
    clock().set(QDateTime(QDate(2026, 1, 21), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(service().complete(future.meta.id).error().code, ErrorCode::Refused);
}

TEST_F(LessonRecordingServiceTest, CancellationsSetStatusAndCancelledAt)
{
    auto byLearner = service().cancel(future.meta.id, CancelledBy::Learner);
    ASSERT_TRUE(byLearner);
    EXPECT_EQ(byLearner->status, LessonStatus::CancelledByLearner);
    EXPECT_EQ(byLearner->cancelledAt, clock().nowUtc());

    const Lesson b = add(anna, {miaEnrollment}, "2026-01-21 17:00");
    EXPECT_EQ(service().cancel(b.meta.id, CancelledBy::Learner, true)->status, LessonStatus::LateCancel);
    const Lesson c = add(anna, {miaEnrollment}, "2026-01-22 17:00");
    EXPECT_EQ(service().cancel(c.meta.id, CancelledBy::Mentor)->status, LessonStatus::CancelledByMentor);
}

TEST_F(LessonRecordingServiceTest, CancellationRulesAreEnforced)
{
    auto late = service().cancel(future.meta.id, CancelledBy::Mentor, true);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().field, QStringLiteral("late"));
    ASSERT_TRUE(service().cancel(future.meta.id, CancelledBy::Learner));
    EXPECT_EQ(service().cancel(future.meta.id, CancelledBy::Mentor).error().code, ErrorCode::Refused);
    ASSERT_TRUE(service().complete(past.meta.id));
    EXPECT_EQ(service().cancel(past.meta.id, CancelledBy::Learner).error().code, ErrorCode::Refused);
    EXPECT_EQ(service().get(past.meta.id)->status, LessonStatus::Held);
}

TEST_F(LessonRecordingServiceTest, NoShowOnlyForStartedScheduledLessons)
{
    EXPECT_EQ(service().markNoShow(future.meta.id).error().code, ErrorCode::Refused);
    auto noShow = service().markNoShow(past.meta.id);
    ASSERT_TRUE(noShow);
    EXPECT_EQ(noShow->status, LessonStatus::NoShow);
    EXPECT_FALSE(noShow->cancelledAt.isValid());
    EXPECT_EQ(service().markNoShow(past.meta.id).error().code, ErrorCode::Refused);
    EXPECT_EQ(service().complete(past.meta.id).error().code, ErrorCode::Refused);
}

TEST_F(LessonRecordingServiceTest, PerAttendeeStatusInAGroupLesson)
{
    const Lesson group = add(bo, {liEnrollment, miaEnrollment}, "2026-01-13 10:00");
    auto early = service().setAttendeeStatus(group.meta.id, mia, LessonStatus::NoShow);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, ErrorCode::Refused);
    ASSERT_TRUE(service().complete(group.meta.id));
    auto marked = service().setAttendeeStatus(group.meta.id, mia, LessonStatus::NoShow);
    ASSERT_TRUE(marked) << marked.error().message.toStdString();
    for (const Attendee& a : marked->attendees) {
        EXPECT_EQ(a.status, a.learnerId == mia ? std::optional(LessonStatus::NoShow) : std::nullopt);
    }
    auto cleared = service().setAttendeeStatus(group.meta.id, mia, std::nullopt);
    ASSERT_TRUE(cleared);
    EXPECT_FALSE(cleared->attendees[0].status.has_value());
    EXPECT_FALSE(cleared->attendees[1].status.has_value());

    auto byMentor = service().setAttendeeStatus(group.meta.id, mia, LessonStatus::CancelledByMentor);
    EXPECT_EQ(byMentor.error().field, QStringLiteral("status"));
    auto stranger = service().setAttendeeStatus(group.meta.id, noah, LessonStatus::Held);
    EXPECT_EQ(stranger.error().field, QStringLiteral("learner"));

    ASSERT_TRUE(service().cancel(future.meta.id, CancelledBy::Mentor));
    EXPECT_EQ(service().setAttendeeStatus(future.meta.id, li, LessonStatus::LateCancel).error().code,
              ErrorCode::Refused);
}

TEST_F(LessonRecordingServiceTest, NotesAndHomeworkAreEditableAnyTime)
{
    ASSERT_TRUE(service().cancel(future.meta.id, CancelledBy::Learner));
    auto edited = service().editNotes(future.meta.id, QStringLiteral("ill"), std::nullopt);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->notes, QStringLiteral("ill"));
    auto hw = service().editNotes(future.meta.id, std::nullopt, QStringLiteral("read chapter 2"));
    ASSERT_TRUE(hw);
    EXPECT_EQ(hw->notes, QStringLiteral("ill"));
    EXPECT_EQ(hw->homework, QStringLiteral("read chapter 2"));
    auto bad = service().editNotes(future.meta.id, std::nullopt, QString(10001, u'h'));
    EXPECT_EQ(bad.error().field, QStringLiteral("homework"));
    EXPECT_EQ(service().get(future.meta.id)->homework, QStringLiteral("read chapter 2"));
}

TEST(LessonStatusTest, RoundTripsStoredNamesAndHasDisplayNames)
{
    for (LessonStatus s : {LessonStatus::Scheduled, LessonStatus::Held, LessonStatus::CancelledByLearner,
                           LessonStatus::LateCancel, LessonStatus::NoShow, LessonStatus::CancelledByMentor}) {
        EXPECT_EQ(lessonStatusFromString(lessonStatusToString(s)), s);
        EXPECT_FALSE(lessonStatusDisplayName(s).isEmpty());
    }
    EXPECT_EQ(lessonStatusToString(LessonStatus::LateCancel), QStringLiteral("late_cancel"));
    EXPECT_EQ(lessonStatusFromString(QStringLiteral("No-Show")), LessonStatus::NoShow);
    EXPECT_FALSE(lessonStatusFromString(QStringLiteral("maybe")).has_value());
}
