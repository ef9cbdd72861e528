// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/EfficiencyCalibrator.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
constexpr qint64 kContent = 30 * 60;
} // namespace

TEST(EfficiencyCalibratorTest, OneAssessmentImpliesMasteryTimesContentOverHours)
{
    // 50 % mastery after 20 h of a 30 h course → E ≈ 0.5 × 30 / 20 = 0.75.
    auto c = EfficiencyCalibrator::calibrate({{QDate(2026, 2, 1), 50, 20 * 60}}, kContent);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->efficiency, 0.75);
    EXPECT_EQ(c->permille, 750);
    EXPECT_EQ(c->samplesUsed, 1);
}

TEST(EfficiencyCalibratorTest, LaterAssessmentsAreSmoothedInDateOrder)
{
    // Given out of order: 90 % after 35 h implies 0.9 × 30 / 35 = 0.7714…; EWMA(α = 0.5) with 0.75.
    auto c =
        EfficiencyCalibrator::calibrate({{QDate(2026, 3, 1), 90, 35 * 60}, {QDate(2026, 2, 1), 50, 20 * 60}}, kContent);
    ASSERT_TRUE(c);
    const double expected = 0.5 * (0.9 * 30.0 / 35.0) + 0.5 * 0.75;
    EXPECT_NEAR(c->efficiency, expected, 1e-12);
    EXPECT_EQ(c->permille, 761);
    EXPECT_NEAR(c->latestImplied, 0.9 * 30.0 / 35.0, 1e-12);
    CalibrationSettings fast;
    fast.smoothing = 1.0; // only the newest counts
    EXPECT_NEAR(EfficiencyCalibrator::calibrate({{QDate(2026, 3, 1), 90, 35 * 60}, {QDate(2026, 2, 1), 50, 20 * 60}},
                                                kContent, fast)
                    ->efficiency,
                0.9 * 30.0 / 35.0, 1e-12);
}

TEST(EfficiencyCalibratorTest, ImpliedValuesAreClampedToASaneRange)
{
    auto high = EfficiencyCalibrator::calibrate({{QDate(2026, 2, 1), 100, 60}}, kContent);
    ASSERT_TRUE(high);
    EXPECT_DOUBLE_EQ(high->efficiency, 1.5);
    auto low = EfficiencyCalibrator::calibrate({{QDate(2026, 2, 1), 1, 100 * 60}}, kContent);
    ASSERT_TRUE(low);
    EXPECT_DOUBLE_EQ(low->efficiency, 0.3);
    EXPECT_EQ(low->permille, 300);
}

TEST(EfficiencyCalibratorTest, NeedsAtLeastOneUsableAssessment)
{
    EXPECT_FALSE(EfficiencyCalibrator::calibrate({}, kContent));
    // Too few held minutes to say anything.
    EXPECT_FALSE(EfficiencyCalibrator::calibrate({{QDate(2026, 2, 1), 20, 30}}, kContent));
    EXPECT_FALSE(EfficiencyCalibrator::calibrate({{QDate(2026, 2, 1), 50, 600}}, 0));
    auto c = EfficiencyCalibrator::calibrate({{QDate(2026, 2, 1), 20, 30}, {QDate(2026, 2, 8), 50, 20 * 60}}, kContent);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->samplesUsed, 1);
    CalibrationSettings odd;
    odd.smoothing = 7.0; // invalid → default 0.5
    EXPECT_NEAR(EfficiencyCalibrator::calibrate({{QDate(2026, 2, 1), 50, 20 * 60}, {QDate(2026, 3, 1), 90, 35 * 60}},
                                                kContent, odd)
                    ->efficiency,
                0.5 * (0.9 * 30.0 / 35.0) + 0.5 * 0.75, 1e-12);
}
