// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackFiguresService.h"

#include "ReportFixture.h"
#include "TestStudio.h"

using namespace mentordesk;

namespace {

class FeedbackFiguresServiceTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        fx = std::make_unique<test::ReportFixture>(db());
        anna = fx->mentor(QStringLiteral("Anna"));
        bo = fx->mentor(QStringLiteral("Bo"));
        cy = fx->mentor(QStringLiteral("Cy"));
        python = fx->course(QStringLiteral("Python"), 1800, 8, 6);
        scales = fx->course(QStringLiteral("Scales"), 600, 7, 7);
        empty = fx->course(QStringLiteral("Unrated"), 600, 5, 5);
        li = fx->learner(QStringLiteral("Li"));
        mia = fx->learner(QStringLiteral("Mia"));
    }

    FeedbackFiguresService service() { return FeedbackFiguresService(db()); }

    std::unique_ptr<test::ReportFixture> fx;
    Id anna, bo, cy, python, scales, empty, li, mia;
};

} // namespace

TEST_F(FeedbackFiguresServiceTest, WithoutRatingsEverythingSitsAtTheFallbackPrior)
{
    auto courses = service().courses();
    MD_ASSERT_OK(courses);
    ASSERT_EQ(courses->size(), 3);
    for (const CourseFigures& c : *courses) {
        EXPECT_DOUBLE_EQ(c.rating.score, 3.0);
        EXPECT_EQ(c.rating.count, 0);
    }
    auto mentors = service().mentors();
    MD_ASSERT_OK(mentors);
    EXPECT_DOUBLE_EQ(mentors->at(0).coaching.score, 3.0);
    auto matrix = service().learnerCourseMatrix();
    MD_ASSERT_OK(matrix);
    EXPECT_TRUE(matrix->isEmpty());
}

TEST_F(FeedbackFiguresServiceTest, CourseRatingIsABayesianAverageTowardsTheStudioMean)
{
    fx->rating(li, QStringLiteral("course"), python, 4, QStringLiteral("2026-01-02T10:00:00Z"));
    fx->rating(mia, QStringLiteral("course"), python, 5, QStringLiteral("2026-01-03T10:00:00Z"));
    fx->rating(li, QStringLiteral("course"), scales, 2, QStringLiteral("2026-01-04T10:00:00Z"));
    fx->remove(QStringLiteral("ratings"),
               fx->rating(mia, QStringLiteral("course"), scales, 1, QStringLiteral("2026-01-05T10:00:00Z")));
    fx->rating(li, QStringLiteral("mentor"), anna, 1, QStringLiteral("2026-01-05T10:00:00Z")); // not a course rating

    auto courses = service().courses();
    MD_ASSERT_OK(courses);
    ASSERT_EQ(courses->size(), 3);
    // Prior = (4 + 5 + 2) / 3 = 11/3; m = 5.
    const CourseFigures& p = courses->at(0);
    EXPECT_EQ(p.title, QStringLiteral("Python"));
    EXPECT_EQ(p.rating.count, 2);
    EXPECT_DOUBLE_EQ(p.rating.rawMean, 4.5);
    EXPECT_NEAR(p.rating.score, 82.0 / 21.0, 1e-12); // (5 · 11/3 + 9) / 7
    // C = 0.4 · 8/10 + 0.3 · 6/10 + 0.3 · (R − 1)/4
    EXPECT_NEAR(p.qualityScore, 0.32 + 0.18 + 0.3 * (82.0 / 21.0 - 1.0) / 4.0, 1e-12);
    EXPECT_NEAR(courses->at(1).rating.score, 61.0 / 18.0, 1e-12); // (5 · 11/3 + 2) / 6
    EXPECT_EQ(courses->at(1).rating.count, 1);
    EXPECT_NEAR(courses->at(2).rating.score, 11.0 / 3.0, 1e-12); // no ratings: the prior
    EXPECT_EQ(courses->at(2).quality, 5);
}

TEST_F(FeedbackFiguresServiceTest, MentorCoachingScoreUsesMentorRatings)
{
    fx->rating(li, QStringLiteral("mentor"), anna, 5, QStringLiteral("2026-01-02T10:00:00Z"));
    fx->rating(mia, QStringLiteral("mentor"), anna, 5, QStringLiteral("2026-01-03T10:00:00Z"));
    fx->rating(li, QStringLiteral("mentor"), bo, 2, QStringLiteral("2026-01-04T10:00:00Z"));
    fx->rating(li, QStringLiteral("course"), python, 1, QStringLiteral("2026-01-04T10:00:00Z"));

    auto mentors = service().mentors();
    MD_ASSERT_OK(mentors);
    ASSERT_EQ(mentors->size(), 3);
    // Prior = 12 / 3 = 4.
    EXPECT_EQ(mentors->at(0).name, QStringLiteral("Anna"));
    EXPECT_NEAR(mentors->at(0).coaching.score, 30.0 / 7.0, 1e-12);
    EXPECT_NEAR(mentors->at(1).coaching.score, 22.0 / 6.0, 1e-12);
    EXPECT_NEAR(mentors->at(2).coaching.score, 4.0, 1e-12);
    EXPECT_EQ(mentors->at(2).coaching.count, 0);
}

TEST_F(FeedbackFiguresServiceTest, LearnerCourseMatrixHoldsLiveCourseRatings)
{
    fx->rating(li, QStringLiteral("course"), python, 4, QStringLiteral("2026-01-02T10:00:00Z"));
    fx->rating(mia, QStringLiteral("course"), python, 5, QStringLiteral("2026-01-03T10:00:00Z"));
    fx->rating(li, QStringLiteral("course"), scales, 2, QStringLiteral("2026-01-04T10:00:00Z"));
    fx->remove(QStringLiteral("ratings"),
               fx->rating(mia, QStringLiteral("course"), scales, 1, QStringLiteral("2026-01-05T10:00:00Z")));
    fx->rating(li, QStringLiteral("mentor"), anna, 3, QStringLiteral("2026-01-05T10:00:00Z"));

    auto m = service().learnerCourseMatrix();
    MD_ASSERT_OK(m);
    EXPECT_EQ(m->size(), 3);
    EXPECT_EQ(m->userCount(), 2);
    EXPECT_EQ(m->itemCount(), 2);
    EXPECT_EQ(m->minRating(), 1.0F);
    EXPECT_EQ(m->maxRating(), 5.0F);
    EXPECT_EQ(m->userId(0), li);
    EXPECT_EQ(m->itemId(1), scales);
    EXPECT_DOUBLE_EQ(m->mean(), 11.0 / 3.0);
}
