// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImporterTestBase.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

/// Studio in Europe/Berlin, now 2026-01-15 11:00 local. Mentors Anna Berg and Bo Chen; learners Li Wei,
/// Mia Klein and Noah Roth with an active enrollment with Anna; Ella Ohne without any enrollment.
class LessonImporterTest : public ImporterTestBase
{
protected:
    void SetUp() override
    {
        ImporterTestBase::SetUp();
        anna = fx().addMentor(QStringLiteral("Anna Berg"));
        bo = fx().addMentor(QStringLiteral("Bo Chen"));
        li = fx().addLearner(QStringLiteral("Li Wei"));
        mia = fx().addLearner(QStringLiteral("Mia Klein"));
        noah = fx().addLearner(QStringLiteral("Noah Roth"));
        fx().addLearner(QStringLiteral("Ella Ohne"));
        liEnrollment = fx().addEnrollment(li, anna);
        miaEnrollment = fx().addEnrollment(mia, anna);
        noahEnrollment = fx().addEnrollment(noah, anna);
    }
    QList<Lesson> lessons()
    {
        auto page = LessonService(db(), clock()).list({}, {0, 1000});
        EXPECT_TRUE(page.has_value());
        return page ? page->items : QList<Lesson>();
    }
    std::optional<Lesson> lessonAt(const QString& utc)
    {
        for (const Lesson& l : lessons()) {
            if (l.startsAt == QDateTime::fromString(utc, Qt::ISODate)) {
                return l;
            }
        }
        return std::nullopt;
    }
    Lesson addLesson(const Id& mentor, const Id& enrollment, const char* start)
    {
        LessonInput in;
        in.mentorId = mentor;
        in.enrollmentIds = {enrollment};
        in.start = *StudioTimeZone::parse(QString::fromLatin1(start), {});
        auto l = LessonService(db(), clock()).create(in);
        EXPECT_TRUE(l) << l.error().message.toStdString();
        return l.value_or(Lesson());
    }

    Id anna, bo, li, mia, noah, liEnrollment, miaEnrollment, noahEnrollment;
};

TEST_F(LessonImporterTest, ImportsScheduledHeldCancelledAndNoShowLessons)
{
    auto r = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_good.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->rowsImported, 4);

    const auto held = lessonAt(QStringLiteral("2026-01-14T16:00:00Z")); // 17:00 in Berlin
    ASSERT_TRUE(held);
    EXPECT_EQ(held->status, LessonStatus::Held);
    EXPECT_EQ(held->mentorId, anna); // the enrollment's mentor
    EXPECT_EQ(held->plannedMinutes, 60);
    EXPECT_EQ(held->actualMinutes, 55);
    EXPECT_EQ(held->notes, QStringLiteral("Scales in C"));
    EXPECT_EQ(held->homework, QStringLiteral("Practise daily"));
    ASSERT_EQ(held->attendees.size(), 1);
    EXPECT_EQ(held->attendees[0].enrollmentId, liEnrollment);

    const auto future = lessonAt(QStringLiteral("2026-01-20T16:00:00Z"));
    ASSERT_TRUE(future);
    EXPECT_EQ(future->status, LessonStatus::Scheduled);
    EXPECT_EQ(future->mentorId, bo); // a substitute named in the file
    EXPECT_EQ(future->plannedMinutes, 45);
    EXPECT_EQ(future->attendees[0].learnerId, mia);

    const auto late = lessonAt(QStringLiteral("2026-01-13T16:00:00Z"));
    ASSERT_TRUE(late);
    EXPECT_EQ(late->status, LessonStatus::LateCancel);
    EXPECT_TRUE(late->cancelledAt.isValid());

    const auto noShow = lessonAt(QStringLiteral("2026-01-12T08:00:00Z"));
    ASSERT_TRUE(noShow);
    EXPECT_EQ(noShow->status, LessonStatus::NoShow);
    EXPECT_EQ(noShow->plannedMinutes, 90); // "1:30"
}

TEST_F(LessonImporterTest, ImportsChineseHeadersAndStatuses)
{
    auto r = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_chinese.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    const auto l = lessonAt(QStringLiteral("2026-01-10T09:00:00Z"));
    ASSERT_TRUE(l);
    EXPECT_EQ(l->status, LessonStatus::Held);
    EXPECT_EQ(l->actualMinutes, 60);
    EXPECT_EQ(l->homework, QStringLiteral("音阶练习"));
}

TEST_F(LessonImporterTest, BadRowsAreReportedByLineAndColumn)
{
    auto r = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_bad_rows.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    const QList<std::pair<int, QString>> expected = {
        {3, QStringLiteral("start")},          {4, QStringLiteral("learner")},  {5, QStringLiteral("status")},
        {6, QStringLiteral("actual_minutes")}, {7, QStringLiteral("learner")},  {8, QStringLiteral("learner")},
        {9, QStringLiteral("course")},         {10, QStringLiteral("minutes")}, {11, QStringLiteral("enrollment")},
        {12, QStringLiteral("status")},
    };
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_TRUE(r->errors[4].message.contains(QStringLiteral("Ella Ohne"))) << errorsOf(*r);
    EXPECT_TRUE(r->errors[6].message.contains(QStringLiteral("Li Wei"))) << errorsOf(*r);
    EXPECT_EQ(r->rowsValid, 1);
    EXPECT_EQ(count(QStringLiteral("lessons")), 0);
    EXPECT_EQ(count(QStringLiteral("lesson_attendees")), 0);

    auto skipped = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_bad_rows.csv"), skipBadRows());
    MD_ASSERT_OK(skipped);
    EXPECT_EQ(skipped->rowsImported, 1);
    EXPECT_EQ(count(QStringLiteral("lessons")), 1);
}

TEST_F(LessonImporterTest, ClashesAreRowErrorsNamingTheOtherLesson)
{
    const Lesson existing = addLesson(bo, noahEnrollment, "2026-01-21 10:00");
    auto r = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_conflicts.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    const QList<std::pair<int, QString>> expected = {{3, QStringLiteral("start")}, {4, QStringLiteral("start")}};
    ASSERT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("line 2"))) << errorsOf(*r);
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("Anna Berg"))) << errorsOf(*r);
    EXPECT_TRUE(r->errors[1].message.contains(existing.meta.id)) << errorsOf(*r);
    EXPECT_TRUE(r->errors[1].message.contains(QStringLiteral("Noah Roth"))) << errorsOf(*r);
    EXPECT_EQ(count(QStringLiteral("lessons")), 1);

    auto skipped = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_conflicts.csv"), skipBadRows());
    MD_ASSERT_OK(skipped);
    EXPECT_EQ(skipped->rowsImported, 2);
    EXPECT_EQ(count(QStringLiteral("lessons")), 3);
}

TEST_F(LessonImporterTest, AllowConflictsImportsClashingLessons)
{
    addLesson(bo, noahEnrollment, "2026-01-21 10:00");
    ImporterOptions allow;
    allow.allowConflicts = true;
    auto r = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_conflicts.csv"), {}, allow);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->rowsImported, 4);
    EXPECT_EQ(count(QStringLiteral("lessons")), 5);
}

TEST_F(LessonImporterTest, CancelledLessonsNeverClash)
{
    addLesson(anna, liEnrollment, "2026-01-21 10:00");
    auto r = importText(QStringLiteral("lessons"),
                        QStringLiteral("start,learner,status\n2026-01-21 10:00,Mia Klein,cancelled_by_mentor\n"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(lessonAt(QStringLiteral("2026-01-21T09:00:00Z")) ? 1 : 0, 1);
    EXPECT_EQ(count(QStringLiteral("lessons")), 2);
}

TEST_F(LessonImporterTest, DryRunFindsClashesAndWritesNothing)
{
    auto r = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_conflicts.csv"), dryRun());
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    ASSERT_EQ(r->errors.size(), 1) << errorsOf(*r); // line 3 clashes with line 2 of the same file
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(count(QStringLiteral("lessons")), 0);

    auto good = importFile(QStringLiteral("lessons"), QStringLiteral("lessons_good.csv"), dryRun());
    MD_ASSERT_OK(good);
    EXPECT_EQ(good->outcome, ImportOutcome::DryRun) << errorsOf(*good);
    EXPECT_EQ(good->rowsValid, 4);
    ASSERT_EQ(good->preview.size(), 4);
    EXPECT_EQ(good->preview[0][good->columns.indexOf(QStringLiteral("mentor"))], QStringLiteral("Anna Berg"));
    EXPECT_EQ(good->preview[3][good->columns.indexOf(QStringLiteral("status"))], QStringLiteral("no_show"));
    EXPECT_EQ(count(QStringLiteral("lessons")), 0);
    EXPECT_EQ(count(QStringLiteral("lesson_attendees")), 0);
}

TEST_F(LessonImporterTest, TheCourseOrTheEnrollmentPicksAmongSeveralEnrollments)
{
    const Id piano = fx().addCourse(QStringLiteral("Piano I"));
    const Id violin = fx().addCourse(QStringLiteral("Violin I"));
    const Id pianoEnrollment = fx().addEnrollment(noah, bo, QStringLiteral("active"), piano);
    fx().addEnrollment(noah, anna, QStringLiteral("paused"), violin);
    fx().addEnrollment(noah, anna, QStringLiteral("completed"), violin);
    const QString text = QStringLiteral("start,learner,course,enrollment\n"
                                        "2026-01-20 09:00,Noah Roth,,\n"        // 2: three fit
                                        "2026-01-20 11:00,Noah Roth,piano i,\n" // 3
                                        "2026-01-20 13:00,Noah Roth,,%1\n"      // 4
                                        "2026-01-20 15:00,Mia Klein,,%1\n")     // 5: not Mia's
                             .arg(noahEnrollment);
    auto r = importText(QStringLiteral("lessons"), text, skipBadRows());
    MD_ASSERT_OK(r);
    const QList<std::pair<int, QString>> expected = {{2, QStringLiteral("learner")}, {5, QStringLiteral("learner")}};
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("Piano I"))) << errorsOf(*r);
    const auto pianoLesson = lessonAt(QStringLiteral("2026-01-20T10:00:00Z"));
    ASSERT_TRUE(pianoLesson);
    EXPECT_EQ(pianoLesson->attendees[0].enrollmentId, pianoEnrollment);
    EXPECT_EQ(pianoLesson->mentorId, bo);
    const auto byId = lessonAt(QStringLiteral("2026-01-20T12:00:00Z"));
    ASSERT_TRUE(byId);
    EXPECT_EQ(byId->attendees[0].enrollmentId, noahEnrollment);
}

TEST_F(LessonImporterTest, AmbiguousLearnerNamesAskForTheId)
{
    const Id otherLi = fx().addLearner(QStringLiteral("Li Wei"));
    auto r = importText(QStringLiteral("lessons"), QStringLiteral("start,learner\n2026-01-20 09:00,Li Wei\n"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->errors.size(), 1);
    EXPECT_EQ(r->errors[0].field, QStringLiteral("learner"));
    EXPECT_TRUE(r->errors[0].message.contains(li));
    EXPECT_TRUE(r->errors[0].message.contains(otherLi));
    EXPECT_EQ(count(QStringLiteral("lessons")), 0);
}

TEST_F(LessonImporterTest, AnArchivedMentorCannotTeachImportedLessons)
{
    fx().addMentor(QStringLiteral("Old Mentor"), true);
    auto r = importText(QStringLiteral("lessons"),
                        QStringLiteral("start,learner,mentor\n2026-01-20 09:00,Li Wei,Old Mentor\n"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->errors.size(), 1);
    EXPECT_EQ(r->errors[0].line, 2);
    EXPECT_EQ(r->errors[0].field, QStringLiteral("mentor"));
    EXPECT_EQ(count(QStringLiteral("lessons")), 0);
}
