// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImporterTestBase.h"
#include "feedback/FeedbackService.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

/// Studio in Europe/Berlin, now 2026-01-15 11:00 local; mentors Anna Berg and Bo Chen, learners Li Wei,
/// Mia Klein and Noah Roth (enrolled with Anna), the course Piano I.
class RatingImporterTest : public ImporterTestBase
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
        piano = fx().addCourse(QStringLiteral("Piano I"));
        liEnrollment = fx().addEnrollment(li, anna);
    }
    QList<Rating> ratingsOf(const Id& learner)
    {
        RatingFilter filter;
        filter.learnerId = learner;
        auto page = FeedbackService(db(), clock()).ratings(filter, {0, 100});
        EXPECT_TRUE(page.has_value());
        return page ? page->items : QList<Rating>();
    }
    Id heldLesson(const char* start)
    {
        LessonInput in;
        in.mentorId = anna;
        in.enrollmentIds = {liEnrollment};
        in.start = *StudioTimeZone::parse(QString::fromLatin1(start), {});
        LessonService lessons(db(), clock());
        auto l = lessons.create(in);
        EXPECT_TRUE(l) << l.error().message.toStdString();
        EXPECT_TRUE(lessons.complete(l->meta.id));
        return l->meta.id;
    }

    Id anna, bo, li, mia, noah, piano, liEnrollment;
};

TEST_F(RatingImporterTest, ImportsMentorAndCourseRatingsByName)
{
    auto r = importFile(QStringLiteral("ratings"), QStringLiteral("ratings_good.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->rowsImported, 3);

    const QList<Rating> liRatings = ratingsOf(li);
    ASSERT_EQ(liRatings.size(), 1);
    EXPECT_EQ(liRatings[0].target, RatingTarget::Mentor);
    EXPECT_EQ(liRatings[0].mentorId, anna);
    EXPECT_EQ(liRatings[0].stars, 5);
    EXPECT_EQ(liRatings[0].comment, QStringLiteral("Very patient"));
    EXPECT_EQ(liRatings[0].ratedAt, QDateTime(QDate(2026, 1, 9), QTime(23, 0), Qt::UTC)); // the day in Berlin

    const QList<Rating> miaRatings = ratingsOf(mia);
    ASSERT_EQ(miaRatings.size(), 1);
    EXPECT_EQ(miaRatings[0].courseId, piano);
    EXPECT_EQ(miaRatings[0].stars, 4);
    EXPECT_EQ(miaRatings[0].ratedAt, clock().nowUtc()); // no date: now

    const QList<Rating> noahRatings = ratingsOf(noah);
    ASSERT_EQ(noahRatings.size(), 1);
    EXPECT_EQ(noahRatings[0].mentorId, bo); // "teacher", "bo chen"
    EXPECT_EQ(noahRatings[0].stars, 3);     // "★★★"
    EXPECT_EQ(noahRatings[0].ratedAt, QDateTime(QDate(2026, 1, 14), QTime(17, 30), Qt::UTC));
}

TEST_F(RatingImporterTest, ImportsLessonRatingsOfAttendedLessons)
{
    const Id lesson = heldLesson("2026-01-14 17:00");
    const QString text = QStringLiteral("learner,target,target_id,stars,rated_at\n"
                                        "Li Wei,lesson,%1,5,2026-01-14T18:00:00Z\n"
                                        "Mia Klein,lesson,%1,4,\n")
                             .arg(lesson);
    auto r = importText(QStringLiteral("ratings"), text);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    ASSERT_EQ(r->errors.size(), 1) << errorsOf(*r);
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(r->errors[0].field, QStringLiteral("target_id")); // Mia did not take part
    EXPECT_TRUE(ratingsOf(li).isEmpty());

    auto skipped = importText(QStringLiteral("ratings"), text, skipBadRows());
    MD_ASSERT_OK(skipped);
    EXPECT_EQ(skipped->rowsImported, 1);
    const QList<Rating> liRatings = ratingsOf(li);
    ASSERT_EQ(liRatings.size(), 1);
    EXPECT_EQ(liRatings[0].lessonId, lesson);
    EXPECT_EQ(liRatings[0].ratedAt, QDateTime(QDate(2026, 1, 14), QTime(18, 0), Qt::UTC));
}

TEST_F(RatingImporterTest, BadRowsAreReportedByLineAndColumn)
{
    auto r = importFile(QStringLiteral("ratings"), QStringLiteral("ratings_bad_rows.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    const QList<std::pair<int, QString>> expected = {
        {3, QStringLiteral("stars")},     {4, QStringLiteral("target")},   {5, QStringLiteral("target_id")},
        {6, QStringLiteral("learner")},   {7, QStringLiteral("rated_at")}, {8, QStringLiteral("target_id")},
        {9, QStringLiteral("target_id")},
    };
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_EQ(count(QStringLiteral("ratings")), 0);
}

TEST_F(RatingImporterTest, DryRunWritesNothing)
{
    auto r = importFile(QStringLiteral("ratings"), QStringLiteral("ratings_good.csv"), dryRun());
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::DryRun) << errorsOf(*r);
    EXPECT_EQ(r->rowsValid, 3);
    ASSERT_EQ(r->preview.size(), 3);
    EXPECT_EQ(r->preview[2][r->columns.indexOf(QStringLiteral("target_id"))], QStringLiteral("Bo Chen"));
    EXPECT_EQ(r->preview[2][r->columns.indexOf(QStringLiteral("target"))], QStringLiteral("mentor"));
    EXPECT_EQ(count(QStringLiteral("ratings")), 0);
}

TEST_F(RatingImporterTest, AmbiguousCourseTitlesAskForTheId)
{
    const Id second = fx().addCourse(QStringLiteral("Piano I"));
    auto r = importText(QStringLiteral("ratings"),
                        QStringLiteral("learner,target,target_id,stars\nMia Klein,course,Piano I,4\n"
                                       "Mia Klein,course,%1,3\n")
                            .arg(second));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->errors.size(), 1) << errorsOf(*r);
    EXPECT_EQ(r->errors[0].line, 2);
    EXPECT_EQ(r->errors[0].field, QStringLiteral("target_id"));
    EXPECT_TRUE(r->errors[0].message.contains(piano));
    EXPECT_TRUE(r->errors[0].message.contains(second));
    EXPECT_EQ(r->rowsValid, 1);
}
