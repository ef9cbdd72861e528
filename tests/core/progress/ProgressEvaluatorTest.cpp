// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressEvaluator.h"

#include "progress/AtRiskRules.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class ProgressEvaluatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 30 h course, E = 0.8; 20 weekly 60-minute lessons up to asOf → T = 20 h.
        m_in.asOf = QDate(2026, 5, 20);
        m_in.startDate = m_in.asOf.addDays(-7 * 19);
        m_in.plannedEndDate = m_in.asOf.addDays(100);
        m_in.contentMinutes = 30 * 60;
        m_in.efficiencyPermille = 800;
        for (int week = 0; week < 20; ++week) {
            m_in.lessons.append({m_in.startDate.addDays(7 * week), LessonOutcome::Held, 60});
        }
        m_in.lessons.append({m_in.asOf.addDays(7), LessonOutcome::Held, 60}); // future: ignored
    }

    EnrollmentProgressInput m_in;
};

TEST_F(ProgressEvaluatorTest, ComputesProgressPaceProjectionAndCalibration)
{
    m_in.assessments = {{QStringLiteral("scales"), m_in.asOf.addDays(-1), 50}};
    auto r = ProgressEvaluator::evaluate(m_in);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->heldMinutes, 20 * 60);
    EXPECT_EQ(r->progress, (ProgressFraction{8, 15}));
    EXPECT_EQ(r->remainingMinutes, 1050);
    EXPECT_EQ(r->pace.windowDays, 56);
    EXPECT_EQ(r->pace.minutesInWindow, 8 * 60);
    // 1050 min at 60 min/week = 17.5 weeks = 122.5 days → 123.
    ASSERT_TRUE(r->projectedFinish);
    EXPECT_EQ(*r->projectedFinish, m_in.asOf.addDays(123));
    EXPECT_EQ(r->daysLate, 23);
    // The assessment the day before asOf saw 19 h: E ≈ 0.5 × 30 / 19.
    ASSERT_TRUE(r->calibration);
    EXPECT_NEAR(r->calibration->efficiency, 0.5 * 30.0 / 19.0, 1e-12);
    ASSERT_TRUE(r->calibratedProgress);
    EXPECT_EQ(r->calibratedProgress->perMille(),
              ProgressModel::progress(1200, r->calibration->permille, 1800).perMille());
    ASSERT_EQ(r->topics.size(), 1);
    EXPECT_TRUE(r->risks.isEmpty()); // 23 days late on a 233-day plan is below 25 %
}

TEST_F(ProgressEvaluatorTest, FlagsRisksWithTheirReasons)
{
    m_in.lessons.removeLast(); // drop the lesson that would now lie in the past
    m_in.plannedEndDate = m_in.asOf.addDays(10);
    m_in.asOf = m_in.asOf.addDays(25); // 25 days without a lesson
    auto r = ProgressEvaluator::evaluate(m_in);
    ASSERT_TRUE(r);
    QStringList codes;
    for (const RiskFlag& f : r->risks) {
        codes.append(AtRiskRules::code(f.reason));
    }
    EXPECT_TRUE(codes.contains(QStringLiteral("no_recent_lesson")));
    EXPECT_TRUE(codes.contains(QStringLiteral("behind_plan")));
}

TEST_F(ProgressEvaluatorTest, NoCalibrationWithoutAssessments)
{
    auto r = ProgressEvaluator::evaluate(m_in);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->calibration);
    EXPECT_FALSE(r->calibratedProgress);
}

TEST_F(ProgressEvaluatorTest, BadInputsNameTheField)
{
    const auto fieldOf = [](const EnrollmentProgressInput& in, const ProgressSettings& s = {}) {
        auto r = ProgressEvaluator::evaluate(in, s);
        return r ? QString() : r.error().field;
    };
    EnrollmentProgressInput in = m_in;
    in.asOf = QDate();
    EXPECT_EQ(fieldOf(in), QStringLiteral("as_of"));
    in = m_in;
    in.contentMinutes = 0;
    EXPECT_EQ(fieldOf(in), QStringLiteral("content_minutes"));
    in = m_in;
    in.efficiencyPermille = 20;
    EXPECT_EQ(fieldOf(in), QStringLiteral("efficiency_permille"));
    in = m_in;
    in.lessons.append({in.asOf, LessonOutcome::Held, 2000});
    EXPECT_EQ(fieldOf(in), QStringLiteral("minutes"));
    in = m_in;
    in.assessments.append({QStringLiteral("x"), in.asOf, 120});
    EXPECT_EQ(fieldOf(in), QStringLiteral("mastery_percent"));
    ProgressSettings s;
    s.paceWindowWeeks = 0;
    EXPECT_EQ(fieldOf(m_in, s), QStringLiteral("pace_window_weeks"));
}
