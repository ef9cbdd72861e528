// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonTestBase.h"
#include "feedback/FeedbackService.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class BlindRatingsTest : public test::LessonTestBase
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
    void rate(RatingTarget target, const Id& targetId, int stars)
    {
        auto r = feedback().rate({li, target, targetId, stars, QString(), QDateTime()});
        ASSERT_TRUE(r) << r.error().message.toStdString();
    }
    void assess(const Id& mentor, const QDateTime& at)
    {
        auto a = feedback().assess({mentor, li, topic, QString(), 60, at, QString()});
        ASSERT_TRUE(a) << a.error().message.toStdString();
    }
    void setBlind(bool on)
    {
        FeedbackPreferences p;
        p.blindRatings = on;
        auto saved = feedback().savePreferences(p);
        ASSERT_TRUE(saved);
    }

    Id course;
    Id topic;
    Lesson held;
};

TEST_F(BlindRatingsTest, BlindModeIsOffByDefaultAndEveryRatingIsVisible)
{
    auto prefs = feedback().preferences();
    ASSERT_TRUE(prefs);
    EXPECT_FALSE(prefs->blindRatings);
    rate(RatingTarget::Mentor, anna, 5);
    auto view = feedback().ratingsSeenBy(anna, {});
    ASSERT_TRUE(view) << view.error().message.toStdString();
    EXPECT_FALSE(view->blind);
    EXPECT_EQ(view->ratings.total, 1);
    EXPECT_EQ(view->hidden, 0);
}

TEST_F(BlindRatingsTest, PreferencesArePersisted)
{
    setBlind(true);
    auto prefs = feedback().preferences();
    ASSERT_TRUE(prefs);
    EXPECT_TRUE(prefs->blindRatings);
    setBlind(false);
    prefs = feedback().preferences();
    ASSERT_TRUE(prefs);
    EXPECT_FALSE(prefs->blindRatings);
}

TEST_F(BlindRatingsTest, ARatingStaysHiddenUntilTheMentorAssessesTheLearner)
{
    setBlind(true);
    assess(anna, clock().nowUtc().addDays(-3)); // before the rating: does not unlock it
    rate(RatingTarget::Mentor, anna, 2);
    rate(RatingTarget::Course, course, 4);
    auto before = feedback().ratingsSeenBy(anna, {});
    ASSERT_TRUE(before);
    EXPECT_TRUE(before->blind);
    EXPECT_EQ(before->ratings.total, 0);
    EXPECT_TRUE(before->ratings.items.isEmpty());
    EXPECT_EQ(before->hidden, 2);

    clock().advanceSeconds(60);
    assess(bo, QDateTime()); // another mentor's assessment unlocks nothing for Anna
    auto stillHidden = feedback().ratingsSeenBy(anna, {});
    ASSERT_TRUE(stillHidden);
    EXPECT_EQ(stillHidden->ratings.total, 0);
    auto forBo = feedback().ratingsSeenBy(bo, {});
    ASSERT_TRUE(forBo);
    EXPECT_EQ(forBo->ratings.total, 2);
    EXPECT_EQ(forBo->hidden, 0);

    assess(anna, QDateTime());
    auto after = feedback().ratingsSeenBy(anna, {});
    ASSERT_TRUE(after);
    EXPECT_EQ(after->ratings.total, 2);
    EXPECT_EQ(after->hidden, 0);
    // The plain list is not affected by blind mode.
    auto all = feedback().ratings({});
    ASSERT_TRUE(all);
    EXPECT_EQ(all->total, 2);
}

TEST_F(BlindRatingsTest, ALessonRatingIsVisibleOnceTheMentorAssessedAfterTheLesson)
{
    setBlind(true);
    rate(RatingTarget::Lesson, held.meta.id, 3);
    auto hidden = feedback().ratingsSeenBy(anna, {});
    ASSERT_TRUE(hidden);
    EXPECT_EQ(hidden->hidden, 1);
    // Assessed after the lesson but before the learner rated it (the rating is dated now, 10:00 UTC).
    assess(anna, QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    auto view = feedback().ratingsSeenBy(anna, {});
    ASSERT_TRUE(view);
    ASSERT_EQ(view->ratings.items.size(), 1);
    EXPECT_EQ(view->ratings.items[0].lessonId, held.meta.id);
    EXPECT_EQ(view->hidden, 0);
}

TEST_F(BlindRatingsTest, RefusesAMissingOrUnknownMentor)
{
    auto missing = feedback().ratingsSeenBy(QStringLiteral("  "), {});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, QStringLiteral("mentor"));
    auto unknown = feedback().ratingsSeenBy(QStringLiteral("00000000-0000-0000-0000-000000000000"), {});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("mentor"));
}
