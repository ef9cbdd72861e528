// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackService.h"

#include "LessonTestBase.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class FeedbackServiceTest : public test::LessonTestBase
{
protected:
    void SetUp() override
    {
        LessonTestBase::SetUp();
        course = fx().addCourse(QStringLiteral("Piano I"));
        topic = fx().addTopic(QStringLiteral("Scales"));
        held = add(anna, {liEnrollment}, "2026-01-14 17:00");
        EXPECT_TRUE(service().complete(held.meta.id));
    }
    FeedbackService feedback() { return FeedbackService(db(), clock()); }
    static RatingInput rating(const Id& learner, RatingTarget target, const Id& targetId, int stars,
                              const QString& comment = {})
    {
        return {learner, target, targetId, stars, comment, QDateTime()};
    }
    AssessmentInput assessment(int mastery, const QDateTime& at = {})
    {
        return {anna, li, topic, QString(), mastery, at, QString()};
    }

    Id course;
    Id topic;
    Lesson held;
};

TEST_F(FeedbackServiceTest, RatesMentorCourseAndAttendedLesson)
{
    auto m = feedback().rate(rating(li, RatingTarget::Mentor, anna, 5, QStringLiteral(" patient ")));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(m->mentorId, anna);
    EXPECT_TRUE(m->courseId.isEmpty());
    EXPECT_EQ(m->comment, QStringLiteral("patient"));
    EXPECT_EQ(m->ratedAt, clock().nowUtc());
    EXPECT_EQ(m->meta.version, 1);
    clock().advanceSeconds(60);
    auto c = feedback().rate(rating(li, RatingTarget::Course, course, 4));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->targetId(), course);
    clock().advanceSeconds(60);
    auto l = feedback().rate(rating(li, RatingTarget::Lesson, held.meta.id, 3));
    ASSERT_TRUE(l) << l.error().message.toStdString();
    EXPECT_EQ(l->lessonId, held.meta.id);

    auto all = feedback().ratings({});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->total, 3);
    EXPECT_EQ(all->items[0].target, RatingTarget::Lesson) << "newest first";
    EXPECT_EQ(all->items[2].target, RatingTarget::Mentor);
}

TEST_F(FeedbackServiceTest, ARatingMayBeDatedInThePastButNotInTheFuture)
{
    RatingInput past = rating(li, RatingTarget::Mentor, anna, 4);
    past.ratedAt = QDateTime(QDate(2025, 12, 1), QTime(8, 0), Qt::UTC);
    auto r = feedback().rate(past);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->ratedAt, past.ratedAt);
    EXPECT_EQ(r->meta.createdAt, clock().nowUtc());

    RatingInput future = rating(li, RatingTarget::Course, course, 4);
    future.ratedAt = clock().nowUtc().addSecs(1);
    auto refused = feedback().rate(future);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("rated_at"));
    auto all = feedback().ratings({});
    ASSERT_TRUE(all);
    EXPECT_EQ(all->total, 1);
}

TEST_F(FeedbackServiceTest, ASecondRatingOfTheSameTargetReplacesTheFirst)
{
    auto first = feedback().rate(rating(li, RatingTarget::Course, course, 2));
    ASSERT_TRUE(first);
    clock().advanceSeconds(3600);
    auto second = feedback().rate(rating(li, RatingTarget::Course, course, 5, QStringLiteral("better now")));
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_EQ(second->meta.id, first->meta.id);
    EXPECT_EQ(second->meta.version, 2);
    EXPECT_EQ(second->ratedAt, clock().nowUtc());
    auto all = feedback().ratings({});
    ASSERT_EQ(all->total, 1);
    EXPECT_EQ(all->items[0].stars, 5);
    EXPECT_EQ(all->items[0].meta.version, 2);
    EXPECT_EQ(all->items[0].comment, QStringLiteral("better now"));
    EXPECT_TRUE(feedback().rate(rating(mia, RatingTarget::Course, course, 1)));
    EXPECT_EQ(feedback().ratings({})->total, 2) << "another learner's rating is separate";
}

TEST_F(FeedbackServiceTest, OnlyALearnerWhoAttendedMayRateALesson)
{
    auto stranger = feedback().rate(rating(mia, RatingTarget::Lesson, held.meta.id, 4));
    ASSERT_FALSE(stranger);
    EXPECT_EQ(stranger.error().field, QStringLiteral("lesson"));

    const Lesson upcoming = add(anna, {miaEnrollment}, "2026-01-20 17:00");
    auto notYet = feedback().rate(rating(mia, RatingTarget::Lesson, upcoming.meta.id, 4));
    ASSERT_FALSE(notYet);
    EXPECT_EQ(notYet.error().field, QStringLiteral("lesson"));

    const Lesson group = add(bo, {miaEnrollment, noahEnrollment}, "2026-01-13 10:00");
    ASSERT_TRUE(service().complete(group.meta.id));
    ASSERT_TRUE(service().setAttendeeStatus(group.meta.id, noah, LessonStatus::NoShow));
    EXPECT_EQ(feedback().rate(rating(noah, RatingTarget::Lesson, group.meta.id, 4)).error().field,
              QStringLiteral("lesson"));
    EXPECT_TRUE(feedback().rate(rating(mia, RatingTarget::Lesson, group.meta.id, 4)));
    EXPECT_EQ(fx().count(QStringLiteral("ratings")), 1);
}

TEST_F(FeedbackServiceTest, RejectsBadRatingsNamingTheFieldAndWritesNothing)
{
    struct Case
    {
        RatingInput input;
        const char* field;
    };
    const QList<Case> cases = {
        {rating(QStringLiteral("li"), RatingTarget::Mentor, anna, 3), "learner"},
        {rating(newId(), RatingTarget::Mentor, anna, 3), "learner"},
        {rating(li, RatingTarget::Mentor, anna, 0), "stars"},
        {rating(li, RatingTarget::Mentor, anna, 6), "stars"},
        {rating(li, RatingTarget::Mentor, anna, 3, QString(2001, u'c')), "comment"},
        {rating(li, RatingTarget::Mentor, newId(), 3), "mentor"},
        {rating(li, RatingTarget::Course, newId(), 3), "course"},
        {rating(li, RatingTarget::Course, QString(), 3), "course"},
        {rating(li, RatingTarget::Lesson, newId(), 3), "lesson"},
    };
    for (const Case& c : cases) {
        auto r = feedback().rate(c.input);
        ASSERT_FALSE(r) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field)) << r.error().message.toStdString();
    }
    EXPECT_EQ(fx().countAll(QStringLiteral("ratings")), 0);
    EXPECT_TRUE(feedback().rate(rating(li, RatingTarget::Mentor, anna, 3, QString(2000, u'c'))));
}

TEST_F(FeedbackServiceTest, ListsRatingsByLearnerCourseMentorAndLesson)
{
    ASSERT_TRUE(feedback().rate(rating(li, RatingTarget::Mentor, anna, 5)));
    ASSERT_TRUE(feedback().rate(rating(li, RatingTarget::Course, course, 4)));
    ASSERT_TRUE(feedback().rate(rating(mia, RatingTarget::Mentor, bo, 2)));
    ASSERT_TRUE(feedback().rate(rating(li, RatingTarget::Lesson, held.meta.id, 3)));
    RatingFilter f;
    f.learnerId = li;
    EXPECT_EQ(feedback().ratings(f)->total, 3);
    f = {};
    f.mentorId = bo;
    EXPECT_EQ(feedback().ratings(f)->items.value(0).learnerId, mia);
    f = {};
    f.courseId = course;
    EXPECT_EQ(feedback().ratings(f)->total, 1);
    f = {};
    f.lessonId = held.meta.id;
    EXPECT_EQ(feedback().ratings(f)->items.value(0).stars, 3);
    f.learnerId = mia;
    EXPECT_EQ(feedback().ratings(f)->total, 0);
    EXPECT_EQ(feedback().ratings({}, {2, 10})->items.size(), 2);
}

TEST_F(FeedbackServiceTest, AssessmentsAreStoredAndReturnedInTimeOrder)
{
    const Id chords = fx().addTopic(QStringLiteral("Chords"));
    auto now = feedback().assess(assessment(70));
    ASSERT_TRUE(now) << now.error().message.toStdString();
    EXPECT_EQ(now->assessedAt, clock().nowUtc());
    EXPECT_FALSE(now->enrollmentId.has_value());
    AssessmentInput earlier = assessment(40, utc("2026-01-02T12:00:00Z"));
    earlier.enrollmentId = liEnrollment;
    earlier.note = QStringLiteral("first check");
    auto e = feedback().assess(earlier);
    ASSERT_TRUE(e) << e.error().message.toStdString();
    EXPECT_EQ(e->enrollmentId, liEnrollment);
    AssessmentInput other = assessment(10);
    other.topicId = chords;
    ASSERT_TRUE(feedback().assess(other));

    auto scales = feedback().assessments(li, topic);
    ASSERT_TRUE(scales);
    ASSERT_EQ(scales->size(), 2);
    EXPECT_EQ(scales->at(0).masteryPercent, 40);
    EXPECT_EQ(scales->at(0).note, QStringLiteral("first check"));
    EXPECT_EQ(scales->at(1).masteryPercent, 70);
    EXPECT_EQ(feedback().assessments(li)->size(), 3);
    EXPECT_TRUE(feedback().assessments(mia)->isEmpty());
    EXPECT_EQ(feedback().assessments(newId()).error().field, QStringLiteral("learner"));
}

TEST_F(FeedbackServiceTest, RejectsBadAssessmentsNamingTheFieldAndWritesNothing)
{
    struct Case
    {
        AssessmentInput input;
        const char* field;
    };
    QList<Case> cases = {{assessment(-1), "mastery"},
                         {assessment(101), "mastery"},
                         {assessment(50, clock().nowUtc().addSecs(60)), "assessed_at"}};
    AssessmentInput in = assessment(50);
    in.mentorId = newId();
    cases.append({in, "mentor"});
    in = assessment(50);
    in.learnerId = QStringLiteral("nobody");
    cases.append({in, "learner"});
    in = assessment(50);
    in.topicId = newId();
    cases.append({in, "topic"});
    in = assessment(50);
    in.enrollmentId = miaEnrollment;
    cases.append({in, "enrollment"});
    in = assessment(50);
    in.enrollmentId = newId();
    cases.append({in, "enrollment"});
    in = assessment(50);
    in.note = QString(2001, u'n');
    cases.append({in, "note"});
    for (const Case& c : std::as_const(cases)) {
        auto r = feedback().assess(c.input);
        ASSERT_FALSE(r) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field)) << r.error().message.toStdString();
    }
    EXPECT_EQ(fx().countAll(QStringLiteral("assessments")), 0);
    EXPECT_TRUE(feedback().assess(assessment(0)));
    EXPECT_TRUE(feedback().assess(assessment(100)));
}

TEST(RatingTargetTest, RoundTripsStoredNames)
{
    for (RatingTarget t : {RatingTarget::Lesson, RatingTarget::Mentor, RatingTarget::Course}) {
        EXPECT_EQ(ratingTargetFromString(ratingTargetToString(t)), t);
        EXPECT_FALSE(ratingTargetDisplayName(t).isEmpty());
    }
    EXPECT_FALSE(ratingTargetFromString(QStringLiteral("studio")).has_value());
}

TEST_F(FeedbackServiceTest, ADayAloneMeansNowForTodayAndLocalNoonForAnotherDay)
{
    auto zone = StudioTimeZone::forStudio(db(), clock());
    ASSERT_TRUE(zone);
    const QDate today = zone->toLocal(clock().nowUtc()).date;
    const QString key = QStringLiteral("assessed_at");
    auto now = feedback().instantOfDay(today, key, QStringLiteral("--at"));
    ASSERT_TRUE(now);
    EXPECT_FALSE(now->isValid()) << "today: the service records the current time";
    auto none = feedback().instantOfDay(QDate(), key, QStringLiteral("--at"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->isValid());
    auto earlier = feedback().instantOfDay(today.addDays(-3), key, QStringLiteral("--at"));
    ASSERT_TRUE(earlier);
    const LocalDateTime local = zone->toLocal(*earlier);
    EXPECT_EQ(local.date, today.addDays(-3));
    EXPECT_EQ(local.time, QTime(12, 0));
    auto stored = feedback().assess(assessment(60, *earlier));
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->assessedAt, *earlier);
}
