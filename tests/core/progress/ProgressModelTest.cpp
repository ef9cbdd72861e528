// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressModel.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(ProgressModelTest, FoundingExampleTwentyHours)
{
    // T = 20 h, E = 0.8, C = 30 h → P = 16/30 = 0.5333…
    const ProgressFraction p = ProgressModel::progress(20 * 60, 800, 30 * 60);
    EXPECT_EQ(p, (ProgressFraction{8, 15}));
    EXPECT_DOUBLE_EQ(p.toDouble(), 16.0 / 30.0);
    EXPECT_EQ(p.perMillion(), 533333);
    EXPECT_EQ(p.perMille(), 533);
    EXPECT_FALSE(p.isComplete());
    // Remaining (1 − 16/30) × 30 h / 0.8 = 17.5 h.
    EXPECT_EQ(ProgressModel::remainingMinutes(20 * 60, 800, 30 * 60), 1050);
}

TEST(ProgressModelTest, FoundingExampleThirtyFiveHours)
{
    // After another 15 h: T = 35 h → P = 28/30 = 0.9333…
    const ProgressFraction p = ProgressModel::progress(35 * 60, 800, 30 * 60);
    EXPECT_EQ(p, (ProgressFraction{14, 15}));
    EXPECT_DOUBLE_EQ(p.toDouble(), 28.0 / 30.0);
    EXPECT_EQ(p.perMillion(), 933333);
    EXPECT_EQ(p.perMille(), 933);
    EXPECT_EQ(ProgressModel::remainingMinutes(35 * 60, 800, 30 * 60), 150); // 2.5 h
}

TEST(ProgressModelTest, ProgressIsCappedAtOne)
{
    const ProgressFraction p = ProgressModel::progress(40 * 60, 800, 30 * 60);
    EXPECT_TRUE(p.isComplete());
    EXPECT_EQ(p, (ProgressFraction{1, 1}));
    EXPECT_EQ(p.perMillion(), 1'000'000);
    EXPECT_EQ(ProgressModel::remainingMinutes(40 * 60, 800, 30 * 60), 0);
    EXPECT_EQ(ProgressModel::remainingMinutes(37 * 60 + 30, 800, 30 * 60), 0); // exactly complete
}

TEST(ProgressModelTest, RemainingMinutesRoundUp)
{
    // (1000·10 − 1·700) / 700 = 13.29 → 14 minutes.
    EXPECT_EQ(ProgressModel::remainingMinutes(1, 700, 10), 14);
    EXPECT_EQ(ProgressModel::remainingMinutes(0, 800, 60), 75);
}

TEST(ProgressModelTest, DisplayedValuesRoundHalfUp)
{
    EXPECT_EQ(ProgressModel::progress(1, 1, 2).perMille(), 1);           // 0.5 ‰ → 1 ‰
    EXPECT_EQ(ProgressModel::progress(2, 1000, 3).perMillion(), 666667); // 2/3
    EXPECT_EQ(ProgressModel::progress(1, 1000, 3).perMille(), 333);
    EXPECT_EQ(ProgressModel::mulDivRoundHalfUp(5, 1, 2), 3);
    EXPECT_EQ(ProgressModel::mulDivRoundHalfUp(4, 1, 3), 1);
}

TEST(ProgressModelTest, OutOfRangeInputsAreTreatedDefensively)
{
    EXPECT_EQ(ProgressModel::progress(-50, 800, 600), (ProgressFraction{0, 1}));
    EXPECT_EQ(ProgressModel::progress(10, 800, 0).isComplete(), true); // C counts as 1 minute
    EXPECT_EQ(ProgressModel::remainingMinutes(-50, 800, 600), 750);
}
