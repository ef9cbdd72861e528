// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/NewLessonDialog.h"

#include "CalendarTestSupport.h"
#include "calendar/LessonConflictList.h"
#include "calendar/LessonEnrollmentPicker.h"
#include "calendar/LessonRepeatEditor.h"
#include "lessons/LessonService.h"

using namespace mentordesk;

class NewLessonDialogTest : public test::CalendarTest
{
protected:
    /// A scheduled lesson next week.
    Lesson upcoming()
    {
        LessonFilter filter;
        filter.fromUtc = utc(QDate(2026, 11, 23), QTime(0, 0));
        filter.statuses = {LessonStatus::Scheduled};
        return firstLesson(filter);
    }
    Mentor mentorOf(const Id& id)
    {
        for (const Mentor& m : mentors()) {
            if (m.meta.id == id) {
                return m;
            }
        }
        ADD_FAILURE() << "unknown mentor";
        return {};
    }
};

TEST_F(NewLessonDialogTest, ListsConflictsBeforeSavingAndNeedsSaveAnyway)
{
    const Lesson busy = upcoming();
    NewLessonDialog dialog(session(), mentors(), busy.mentorId, local(busy.startsAt));
    ASSERT_GT(dialog.enrollments()->count(), 0) << "the mentor's enrollments are offered";
    const qint64 before = lessonCount();
    ASSERT_FALSE(dialog.conflictList()->conflicts().isEmpty()) << "the mentor already teaches then";
    EXPECT_EQ(dialog.conflictList()->conflicts().first().lessonId, busy.meta.id);
    EXPECT_EQ(dialog.conflictList()->conflicts().first().kind, ConflictKind::MentorDoubleBooked);
    EXPECT_TRUE(dialog.conflictList()->summaryText().contains(QStringLiteral("clash")));
    EXPECT_EQ(lessonCount(), before) << "checking writes nothing";

    dialog.enrollments()->setChecked(dialog.enrollments()->enrollmentIds().first(), true);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorFor(QStringLiteral("general")).contains(QStringLiteral("Save anyway")));
    EXPECT_EQ(lessonCount(), before);

    dialog.conflictList()->setAllowConflicts(true);
    ASSERT_TRUE(dialog.save()) << dialog.errorFor(QStringLiteral("general")).toStdString();
    EXPECT_EQ(lessonCount(), before + 1);
}

TEST_F(NewLessonDialogTest, MovingToAFreeTimeClearsTheConflicts)
{
    const Lesson busy = upcoming();
    NewLessonDialog dialog(session(), mentors(), busy.mentorId, local(busy.startsAt));
    ASSERT_FALSE(dialog.conflictList()->conflicts().isEmpty());
    dialog.setStart({QDate(2026, 11, 25), QTime(6, 0)});
    dialog.refreshConflicts();
    EXPECT_TRUE(dialog.conflictList()->conflicts().isEmpty());
    EXPECT_TRUE(dialog.conflictList()->summaryText().contains(QStringLiteral("No clashes")));
}

TEST_F(NewLessonDialogTest, SchedulesAGroupLessonThroughTheService)
{
    const Mentor mentor = mentors().first();
    NewLessonDialog dialog(session(), mentors(), mentor.meta.id, {QDate(2026, 11, 25), QTime(6, 15)});
    const QStringList offered = dialog.enrollments()->enrollmentIds();
    ASSERT_GE(offered.size(), 2);
    dialog.enrollments()->setChecked(offered[0], true);
    dialog.enrollments()->setChecked(offered[1], true);
    dialog.setMinutes(45);
    dialog.setLocation(QStringLiteral("Room 3"));
    dialog.refreshConflicts();
    ASSERT_TRUE(dialog.conflictList()->conflicts().isEmpty());
    ASSERT_TRUE(dialog.save()) << dialog.errorFor(QStringLiteral("general")).toStdString();
    ASSERT_EQ(dialog.createdLessons().size(), 1);
    auto stored = LessonService(session().db(), session().clock()).get(dialog.createdLessons().first().meta.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->mentorId, mentor.meta.id);
    EXPECT_EQ(stored->attendees.size(), 2);
    EXPECT_EQ(stored->plannedMinutes, 45);
    EXPECT_EQ(stored->location, QStringLiteral("Room 3"));
    EXPECT_EQ(local(stored->startsAt), (LocalDateTime{QDate(2026, 11, 25), QTime(6, 15)})) << "studio time zone";
}

TEST_F(NewLessonDialogTest, CreatesAWeeklySeriesWithSkippedDates)
{
    const Mentor mentor = mentors().first();
    const QDate first(2026, 12, 2);
    NewLessonDialog dialog(session(), mentors(), mentor.meta.id, {first, QTime(6, 0)});
    dialog.enrollments()->setChecked(dialog.enrollments()->enrollmentIds().first(), true);
    dialog.repeat()->setRepeats(true);
    dialog.repeat()->setCount(4);
    dialog.repeat()->addSkippedDate(first.addDays(7));
    dialog.refreshConflicts();
    EXPECT_TRUE(dialog.conflictList()->conflicts().isEmpty()) << dialog.conflictList()->summaryText().toStdString();
    ASSERT_TRUE(dialog.save()) << dialog.errorFor(QStringLiteral("general")).toStdString()
                               << dialog.errorFor(QStringLiteral("count")).toStdString();
    const QList<Lesson> created = dialog.createdLessons();
    ASSERT_EQ(created.size(), 3) << "four dates, one skipped";
    EXPECT_EQ(local(created[0].startsAt).date, first);
    EXPECT_EQ(local(created[1].startsAt).date, first.addDays(14));
    EXPECT_EQ(local(created[2].startsAt).date, first.addDays(21));
    EXPECT_TRUE(created[0].seriesId.has_value());
    EXPECT_EQ(created[0].seriesId, created[2].seriesId);
}

TEST_F(NewLessonDialogTest, ShowsValidationErrorsInlineAndWritesNothing)
{
    const Mentor mentor = mentors().first();
    NewLessonDialog dialog(session(), mentors(), mentor.meta.id, {QDate(2026, 12, 2), QTime(6, 0)});
    const qint64 before = lessonCount();
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("enrollment")).isEmpty()) << "no learner ticked";
    dialog.enrollments()->setChecked(dialog.enrollments()->enrollmentIds().first(), true);
    dialog.repeat()->setRepeats(true);
    dialog.repeat()->setUntil(QDate(2026, 11, 1));
    dialog.refreshConflicts();
    EXPECT_TRUE(dialog.conflictList()->summaryText().contains(QStringLiteral("not checked")));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("until")).isEmpty());
    EXPECT_TRUE(dialog.errorFor(QStringLiteral("enrollment")).isEmpty());
    EXPECT_EQ(lessonCount(), before);
}
