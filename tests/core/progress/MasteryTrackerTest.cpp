// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/MasteryTracker.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(MasteryTrackerTest, SummarisesEachTopicWithLatestChangeAndTrend)
{
    const QDate d(2026, 1, 1);
    const QList<TopicMastery> topics = MasteryTracker::summarise({{QStringLiteral("scales"), d.addDays(60), 60},
                                                                  {QStringLiteral("chords"), d, 70},
                                                                  {QStringLiteral("scales"), d, 40},
                                                                  {QStringLiteral("scales"), d.addDays(30), 50},
                                                                  {QStringLiteral("chords"), d.addDays(20), 58},
                                                                  {QStringLiteral("rhythm"), d, 30}});
    ASSERT_EQ(topics.size(), 3);
    EXPECT_EQ(topics[0].topicId, QStringLiteral("chords")); // ascending id
    EXPECT_EQ(topics[0].trend, MasteryTrend::Falling);
    EXPECT_EQ(topics[0].change, -12);
    EXPECT_EQ(topics[1].topicId, QStringLiteral("rhythm"));
    EXPECT_EQ(topics[1].trend, MasteryTrend::Single);
    EXPECT_FALSE(topics[1].previousPercent);
    EXPECT_EQ(topics[1].slopePerMonth, 0.0);
    const TopicMastery& scales = topics[2];
    EXPECT_EQ(scales.latestPercent, 60);
    EXPECT_EQ(scales.latestDate, d.addDays(60));
    EXPECT_EQ(scales.previousPercent, 50);
    EXPECT_EQ(scales.trend, MasteryTrend::Rising);
    EXPECT_NEAR(scales.slopePerMonth, 10.0, 1e-9);
    ASSERT_EQ(scales.history.size(), 3);
    EXPECT_EQ(scales.history[0].percent, 40);
    EXPECT_EQ(MasteryTracker::trendCode(scales.trend), QStringLiteral("rising"));
}

TEST(MasteryTrackerTest, SmallChangesAreSteadyAndSameDayKeepsInputOrder)
{
    const QDate d(2026, 1, 1);
    QList<TopicMastery> t =
        MasteryTracker::summarise({{QStringLiteral("x"), d, 50}, {QStringLiteral("x"), d.addDays(7), 55}});
    EXPECT_EQ(t[0].trend, MasteryTrend::Steady);
    t = MasteryTracker::summarise({{QStringLiteral("x"), d, 50}, {QStringLiteral("x"), d.addDays(7), 55}}, 4);
    EXPECT_EQ(t[0].trend, MasteryTrend::Rising);
    t = MasteryTracker::summarise(
        {{QStringLiteral("x"), d, 80}, {QStringLiteral("x"), d, 65}, {QStringLiteral("y"), QDate(), 10}});
    ASSERT_EQ(t.size(), 1); // invalid date skipped
    EXPECT_EQ(t[0].latestPercent, 65);
    EXPECT_EQ(t[0].slopePerMonth, 0.0); // one distinct date
}
