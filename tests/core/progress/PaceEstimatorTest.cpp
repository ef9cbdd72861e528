// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/PaceEstimator.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
const QDate kToday(2026, 3, 1);

LessonEvent held(QDate d, int minutes)
{
    return {d, LessonOutcome::Held, minutes};
}
} // namespace

TEST(PaceEstimatorTest, WeeklyPaceOverTheDefaultEightWeekWindow)
{
    QList<LessonEvent> lessons;
    for (int week = 0; week < 8; ++week) {
        lessons.append(held(kToday.addDays(-7 * week), 60));
    }
    lessons.append(held(kToday.addDays(-56), 600));                  // just outside the window
    lessons.append({kToday.addDays(-3), LessonOutcome::NoShow, 60}); // not held
    lessons.append(held(kToday.addDays(1), 600));                    // in the future
    const WeeklyPace pace = PaceEstimator::weeklyPace(lessons, kToday);
    EXPECT_EQ(pace.windowDays, 56);
    EXPECT_EQ(pace.minutesInWindow, 480);
    EXPECT_DOUBLE_EQ(pace.minutesPerWeek(), 60.0);
    EXPECT_EQ(pace.displayMinutesPerWeek(), 60);
}

TEST(PaceEstimatorTest, YoungEnrollmentUsesTheDaysSinceItsStart)
{
    const QList<LessonEvent> lessons{held(kToday.addDays(-10), 90), held(kToday.addDays(-3), 90)};
    WeeklyPace pace = PaceEstimator::weeklyPace(lessons, kToday, 8, kToday.addDays(-13));
    EXPECT_EQ(pace.windowDays, 14);
    EXPECT_DOUBLE_EQ(pace.minutesPerWeek(), 90.0);
    pace = PaceEstimator::weeklyPace({held(kToday, 45)}, kToday, 8, kToday.addDays(-2));
    EXPECT_EQ(pace.windowDays, 7); // at least one week
    EXPECT_DOUBLE_EQ(pace.minutesPerWeek(), 45.0);
}

TEST(PaceEstimatorTest, ConfigurableWindowAndDisplayRounding)
{
    const QList<LessonEvent> lessons{held(kToday.addDays(-20), 100), held(kToday.addDays(-2), 100)};
    const WeeklyPace two = PaceEstimator::weeklyPace(lessons, kToday, 2);
    EXPECT_EQ(two.windowDays, 14);
    EXPECT_EQ(two.minutesInWindow, 100);
    EXPECT_EQ(two.displayMinutesPerWeek(), 50);
    const WeeklyPace eight = PaceEstimator::weeklyPace(lessons, kToday);
    EXPECT_EQ(eight.displayMinutesPerWeek(), 25); // 200 × 7 / 56 = 25
    const WeeklyPace odd{100, 56};
    EXPECT_EQ(odd.displayMinutesPerWeek(), 13); // 12.5 rounds half up
}

TEST(PaceEstimatorTest, ProjectedFinishFromPace)
{
    const WeeklyPace pace{480, 56}; // 60 min/week
    // 600 minutes at 60/week = 10 weeks = 70 days.
    EXPECT_EQ(PaceEstimator::projectedFinish(600, pace, kToday), kToday.addDays(70));
    // 601 minutes: 70.1 days → 71.
    EXPECT_EQ(PaceEstimator::projectedFinish(601, pace, kToday), kToday.addDays(71));
    EXPECT_EQ(PaceEstimator::projectedFinish(0, pace, kToday), kToday);
    EXPECT_FALSE(PaceEstimator::projectedFinish(600, WeeklyPace{0, 56}, kToday));
    EXPECT_FALSE(PaceEstimator::projectedFinish(600, pace, QDate()));
}
