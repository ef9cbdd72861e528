// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TodayService.h"

#include "ReportFixture.h"
#include "TestStudio.h"

using namespace mentordesk;

namespace {

/// Europe/Berlin studio; now = Thursday 2026-01-15 10:00 UTC (11:00 local).
class TodayServiceTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        fx = std::make_unique<test::ReportFixture>(db());
        anna = fx->mentor(QStringLiteral("Anna"));
        bo = fx->mentor(QStringLiteral("Bo"));
        const Id course = fx->course(QStringLiteral("Scales"), 600);
        test::ReportFixture::EnrollmentSpec spec;
        spec.courseId = course;
        spec.mentorId = anna;
        spec.learnerId = fx->learner(QStringLiteral("Li"));
        li = fx->enrollment(spec);
        spec.learnerId = fx->learner(QStringLiteral("Mia"));
        mia = fx->enrollment(spec);
    }

    TodayService service() { return TodayService(db(), clock()); }

    std::unique_ptr<test::ReportFixture> fx;
    Id anna, bo, li, mia;
};

} // namespace

TEST_F(TodayServiceTest, ListsTodaysAndTomorrowsLessonsInLocalDays)
{
    const Id early = fx->lesson(anna, {li}, QStringLiteral("2026-01-14T23:30:00Z")); // 00:30 today
    const Id morning = fx->lesson(anna, {li}, QStringLiteral("2026-01-15T08:00:00Z"));
    const Id group = fx->lesson(bo, {mia, li}, QStringLiteral("2026-01-15T14:00:00Z"), 60, QStringLiteral("scheduled"));
    const Id lateNight =
        fx->lesson(anna, {li}, QStringLiteral("2026-01-15T23:30:00Z"), 60, QStringLiteral("scheduled")); // tomorrow
    fx->lesson(anna, {li}, QStringLiteral("2026-01-16T23:00:00Z"), 60, QStringLiteral("scheduled")); // the day after
    fx->remove(QStringLiteral("lessons"),
               fx->lesson(anna, {li}, QStringLiteral("2026-01-15T16:00:00Z"), 60, QStringLiteral("scheduled")));

    auto s = service().summary();
    MD_ASSERT_OK(s);
    EXPECT_EQ(s->today, QDate(2026, 1, 15));
    EXPECT_EQ(s->weekStart, QDate(2026, 1, 12));
    ASSERT_EQ(s->todayLessons.size(), 3);
    EXPECT_EQ(s->todayLessons[0].lessonId, early);
    EXPECT_EQ(s->todayLessons[1].lessonId, morning);
    EXPECT_EQ(s->todayLessons[1].status, LessonStatus::Held);
    EXPECT_EQ(s->todayLessons[2].lessonId, group);
    EXPECT_EQ(s->todayLessons[2].mentorName, QStringLiteral("Bo"));
    ASSERT_EQ(s->todayLessons[2].attendees.size(), 2);
    EXPECT_EQ(s->todayLessons[2].attendees[0].learnerName, QStringLiteral("Li")); // by name
    EXPECT_EQ(s->todayLessons[2].attendees[1].learnerName, QStringLiteral("Mia"));
    ASSERT_EQ(s->tomorrowLessons.size(), 1);
    EXPECT_EQ(s->tomorrowLessons[0].lessonId, lateNight);
    EXPECT_EQ(s->tomorrowLessons[0].startsAt, QDateTime(QDate(2026, 1, 15), QTime(23, 30), Qt::UTC));
    EXPECT_TRUE(s->billingAvailable);
}

TEST_F(TodayServiceTest, LessonsAwaitingAttendanceAreStillScheduledAfterTheyEnded)
{
    const Id yesterday =
        fx->lesson(anna, {li}, QStringLiteral("2026-01-14T09:00:00Z"), 60, QStringLiteral("scheduled"));
    const Id lastWeek =
        fx->lesson(anna, {mia}, QStringLiteral("2026-01-10T09:00:00Z"), 60, QStringLiteral("scheduled"));
    fx->lesson(anna, {li}, QStringLiteral("2025-12-01T09:00:00Z"), 60, QStringLiteral("scheduled"));
    fx->lesson(anna, {li}, QStringLiteral("2025-11-01T09:00:00Z"), 60, QStringLiteral("scheduled")); // > 60 days ago
    fx->lesson(anna, {li}, QStringLiteral("2026-01-15T09:30:00Z"), 60, QStringLiteral("scheduled")); // still running
    fx->lesson(anna, {li}, QStringLiteral("2026-01-13T09:00:00Z"));                                  // recorded
    fx->lesson(anna, {li}, QStringLiteral("2026-01-12T09:00:00Z"), 60, QStringLiteral("no_show"));

    auto s = service().summary(2);
    MD_ASSERT_OK(s);
    EXPECT_EQ(s->awaitingTotal, 3);
    ASSERT_EQ(s->awaitingAttendance.size(), 2);
    EXPECT_EQ(s->awaitingAttendance[0].lessonId, yesterday); // most recent first
    EXPECT_EQ(s->awaitingAttendance[1].lessonId, lastWeek);
    EXPECT_EQ(s->awaitingAttendance[1].attendees.at(0).learnerName, QStringLiteral("Mia"));
}

TEST_F(TodayServiceTest, HoursThisWeekAgainstLastWeek)
{
    fx->lesson(anna, {li}, QStringLiteral("2026-01-11T23:30:00Z"), 60, QStringLiteral("held"), 45); // Mon 00:30
    fx->lesson(bo, {mia}, QStringLiteral("2026-01-14T09:00:00Z"), 90);
    fx->lesson(anna, {li}, QStringLiteral("2026-01-16T09:00:00Z"), 60, QStringLiteral("scheduled"));
    fx->lesson(anna, {li}, QStringLiteral("2026-01-18T23:30:00Z"), 60, QStringLiteral("scheduled")); // next Monday
    fx->lesson(anna, {li}, QStringLiteral("2026-01-06T09:00:00Z"), 60);
    fx->lesson(anna, {li}, QStringLiteral("2026-01-11T22:30:00Z"), 30); // Sunday 23:30: last week
    fx->lesson(anna, {li}, QStringLiteral("2026-01-07T09:00:00Z"), 60, QStringLiteral("cancelled_by_learner"));

    auto s = service().summary();
    MD_ASSERT_OK(s);
    EXPECT_EQ(s->heldThisWeek, 135);
    EXPECT_EQ(s->scheduledThisWeek, 60);
    EXPECT_EQ(s->heldLastWeek, 90);
}

TEST_F(TodayServiceTest, AnEmptyStudioHasAnEmptyDay)
{
    auto s = service().summary();
    MD_ASSERT_OK(s);
    EXPECT_TRUE(s->todayLessons.isEmpty());
    EXPECT_TRUE(s->tomorrowLessons.isEmpty());
    EXPECT_TRUE(s->awaitingAttendance.isEmpty());
    EXPECT_EQ(s->awaitingTotal, 0);
    EXPECT_EQ(s->heldThisWeek, 0);
    EXPECT_EQ(s->heldLastWeek, 0);
    // Both enrollments started on 1 January without any lesson: idle for 14 days, not yet 21.
    EXPECT_TRUE(s->atRisk.isEmpty());
}
