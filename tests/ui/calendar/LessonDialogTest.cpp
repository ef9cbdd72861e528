// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/LessonDialog.h"

#include "CalendarTestSupport.h"
#include "calendar/LessonConflictList.h"
#include "calendar/LessonRescheduleTab.h"
#include "lessons/LessonService.h"

using namespace mentordesk;

class LessonDialogTest : public test::CalendarTest
{
protected:
    LessonService service() { return LessonService(session().db(), session().clock()); }
    Lesson reload(const Lesson& l) { return *service().get(l.meta.id); }
    QDateTime now() { return session().clock().nowUtc(); }
    /// A scheduled lesson that has already started (recorded later, as often happens).
    Lesson unrecordedPast()
    {
        LessonFilter filter;
        filter.toUtc = now();
        filter.fromUtc = now().addDays(-7);
        filter.statuses = {LessonStatus::Scheduled};
        return firstLesson(filter);
    }
    Lesson future(int skip = 0)
    {
        LessonFilter filter;
        filter.fromUtc = now().addDays(1);
        filter.statuses = {LessonStatus::Scheduled};
        return lessons(filter).value(skip);
    }
};

TEST_F(LessonDialogTest, RecordsAHeldLessonWithMinutesNotesAndHomework)
{
    const Lesson lesson = unrecordedPast();
    LessonDialog dialog(session(), lesson, mentors());
    EXPECT_TRUE(dialog.isOutcomeEnabled(LessonStatus::Held));
    dialog.setOutcome(LessonStatus::Held);
    dialog.setActualMinutes(50);
    dialog.setNotes(QStringLiteral("Worked on loops; 很好"));
    dialog.setHomework(QStringLiteral("Exercises 3–5"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const Lesson stored = reload(lesson);
    EXPECT_EQ(stored.status, LessonStatus::Held);
    EXPECT_EQ(stored.actualMinutes, 50);
    EXPECT_EQ(stored.notes, QStringLiteral("Worked on loops; 很好"));
    EXPECT_EQ(stored.homework, QStringLiteral("Exercises 3–5"));
    EXPECT_FALSE(dialog.changeMessage().isEmpty());
}

TEST_F(LessonDialogTest, AFutureLessonCanOnlyBeCancelled)
{
    const Lesson lesson = future();
    LessonDialog dialog(session(), lesson, mentors());
    EXPECT_FALSE(dialog.isOutcomeEnabled(LessonStatus::Held)) << "it has not started yet";
    EXPECT_FALSE(dialog.isOutcomeEnabled(LessonStatus::NoShow));
    EXPECT_TRUE(dialog.isOutcomeEnabled(LessonStatus::LateCancel));
    dialog.setOutcome(LessonStatus::LateCancel);
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const Lesson stored = reload(lesson);
    EXPECT_EQ(stored.status, LessonStatus::LateCancel);
    EXPECT_TRUE(stored.cancelledAt.isValid());
}

TEST_F(LessonDialogTest, ARefusedChangeShowsTheReasonAndKeepsTheLesson)
{
    LessonFilter filter;
    filter.statuses = {LessonStatus::Held};
    const Lesson held = firstLesson(filter);
    LessonDialog dialog(session(), held, mentors());
    EXPECT_FALSE(dialog.isOutcomeEnabled(LessonStatus::CancelledByMentor));
    dialog.setOutcome(LessonStatus::CancelledByMentor);
    dialog.setNotes(QStringLiteral("should not be saved"));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    const Lesson stored = reload(held);
    EXPECT_EQ(stored.status, LessonStatus::Held);
    EXPECT_EQ(stored.notes, held.notes) << "the whole record is rolled back";
    EXPECT_EQ(stored.meta.version, held.meta.version);
}

TEST_F(LessonDialogTest, RecordsEachAttendeeOfAGroupLesson)
{
    const Mentor mentor = mentors().first();
    const QStringList enrollments = enrollmentsOf(mentor.meta.id);
    ASSERT_GE(enrollments.size(), 2);
    LessonInput in;
    in.mentorId = mentor.meta.id;
    in.enrollmentIds = {enrollments[0], enrollments[1]};
    in.start = {QDate(2026, 11, 19), QTime(6, 0)};
    in.allowConflicts = true;
    auto group = service().create(in);
    ASSERT_TRUE(group) << group.error().message.toStdString();
    LessonDialog dialog(session(), *group, mentors());
    dialog.setOutcome(LessonStatus::Held);
    const Id absent = group->attendees[1].learnerId;
    dialog.setAttendeeStatus(absent, LessonStatus::NoShow);
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const Lesson stored = reload(*group);
    EXPECT_EQ(stored.status, LessonStatus::Held);
    for (const Attendee& a : stored.attendees) {
        EXPECT_EQ(a.status, a.learnerId == absent ? std::optional(LessonStatus::NoShow) : std::nullopt);
    }
}

TEST_F(LessonDialogTest, ReschedulesWithAConflictCheckFirst)
{
    const Lesson lesson = future();
    LessonFilter sameMentor;
    sameMentor.mentorId = lesson.mentorId;
    sameMentor.fromUtc = lesson.endsAt();
    sameMentor.statuses = {LessonStatus::Scheduled};
    const Lesson other = firstLesson(sameMentor);
    LessonDialog dialog(session(), lesson, mentors());
    LessonRescheduleTab* tab = dialog.rescheduleTab();
    EXPECT_TRUE(tab->conflictList()->conflicts().isEmpty()) << "its own time does not clash with itself";
    tab->setStart(local(other.startsAt));
    tab->refreshConflicts();
    ASSERT_FALSE(tab->conflictList()->conflicts().isEmpty());
    EXPECT_FALSE(tab->apply());
    EXPECT_FALSE(tab->errorText().isEmpty());
    EXPECT_EQ(reload(lesson).startsAt, lesson.startsAt);

    const LocalDateTime free{local(lesson.startsAt).date, QTime(6, 30)};
    tab->setStart(free);
    tab->refreshConflicts();
    EXPECT_TRUE(tab->conflictList()->conflicts().isEmpty());
    ASSERT_TRUE(tab->apply()) << tab->errorText().toStdString();
    EXPECT_EQ(local(reload(lesson).startsAt), free);
    EXPECT_FALSE(dialog.changeMessage().isEmpty());
}

TEST_F(LessonDialogTest, EditsThisAndFollowingLessonsOfASeries)
{
    const Lesson lesson = future();
    ASSERT_TRUE(lesson.seriesId.has_value());
    LessonDialog dialog(session(), lesson, mentors());
    const LocalDateTime from = local(lesson.startsAt);
    dialog.rescheduleTab()->setStart({from.date, QTime(6, 45)});
    dialog.rescheduleTab()->setThisAndFollowing(true);
    ASSERT_TRUE(dialog.rescheduleTab()->apply()) << dialog.rescheduleTab()->errorText().toStdString();
    LessonFilter old;
    old.seriesId = *lesson.seriesId;
    old.fromUtc = lesson.startsAt;
    old.statuses = {LessonStatus::Scheduled};
    EXPECT_TRUE(lessons(old).isEmpty()) << "the old series ends before this lesson";
    LessonFilter moved;
    moved.mentorId = lesson.mentorId;
    moved.fromUtc = utc(from.date, QTime(6, 45));
    moved.toUtc = utc(from.date, QTime(6, 46));
    const QList<Lesson> now = lessons(moved);
    ASSERT_EQ(now.size(), 1);
    EXPECT_NE(now.first().seriesId, lesson.seriesId) << "a new series carries the following lessons";
}

TEST_F(LessonDialogTest, CancelsTheRestOfASeries)
{
    const Lesson lesson = future();
    ASSERT_TRUE(lesson.seriesId.has_value());
    LessonDialog dialog(session(), lesson, mentors());
    ASSERT_TRUE(dialog.rescheduleTab()->cancelRestOfSeries()) << dialog.rescheduleTab()->errorText().toStdString();
    LessonFilter rest;
    rest.seriesId = *lesson.seriesId;
    rest.fromUtc = utc(local(lesson.startsAt).date, QTime(0, 0));
    rest.statuses = {LessonStatus::Scheduled};
    EXPECT_TRUE(lessons(rest).isEmpty());
    EXPECT_FALSE(service().get(lesson.meta.id)) << "its scheduled lessons are removed";
}
