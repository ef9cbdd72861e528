// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/AtRiskRules.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
const QDate kToday(2026, 3, 1);
} // namespace

TEST(AtRiskRulesTest, NoRecentLessonFromTheThresholdOn)
{
    auto f = AtRiskRules::noRecentLesson(kToday, QDate(2025, 9, 1), kToday.addDays(-21), 21);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->reason, RiskReason::NoRecentLesson);
    EXPECT_EQ(f->parameters.value(QStringLiteral("days_since")).toInt(), 21);
    EXPECT_EQ(f->parameters.value(QStringLiteral("threshold_days")).toInt(), 21);
    EXPECT_EQ(f->parameters.value(QStringLiteral("last_held")).toString(), QStringLiteral("2026-02-08"));
    EXPECT_FALSE(AtRiskRules::noRecentLesson(kToday, QDate(2025, 9, 1), kToday.addDays(-20), 21));
    EXPECT_TRUE(AtRiskRules::noRecentLesson(kToday, QDate(2025, 9, 1), kToday.addDays(-10), 7));
}

TEST(AtRiskRulesTest, NoRecentLessonCountsFromTheStartWhenNothingWasHeld)
{
    auto f = AtRiskRules::noRecentLesson(kToday, kToday.addDays(-30), std::nullopt, 21);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->parameters.value(QStringLiteral("days_since")).toInt(), 30);
    EXPECT_TRUE(f->parameters.value(QStringLiteral("last_held")).toString().isEmpty());
    EXPECT_FALSE(AtRiskRules::noRecentLesson(kToday, kToday.addDays(-5), std::nullopt, 21));
    EXPECT_FALSE(AtRiskRules::noRecentLesson(kToday, QDate(), std::nullopt, 21));
}

TEST(AtRiskRulesTest, BehindPlanWhenMoreThanThePercentLate)
{
    const QDate start(2026, 1, 1);
    const QDate planned = start.addDays(100);
    // 25 days late on a 100-day plan is exactly 25 %: not "more than".
    EXPECT_FALSE(AtRiskRules::behindPlan(start, planned, planned.addDays(25), 25));
    auto f = AtRiskRules::behindPlan(start, planned, planned.addDays(26), 25);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->reason, RiskReason::BehindPlan);
    EXPECT_EQ(f->parameters.value(QStringLiteral("days_late")).toInt(), 26);
    EXPECT_DOUBLE_EQ(f->parameters.value(QStringLiteral("percent_late")).toDouble(), 26.0);
    EXPECT_EQ(f->parameters.value(QStringLiteral("planned_end")).toString(), planned.toString(Qt::ISODate));
    EXPECT_EQ(f->parameters.value(QStringLiteral("projected_finish")).toString(),
              planned.addDays(26).toString(Qt::ISODate));
    EXPECT_FALSE(AtRiskRules::behindPlan(start, planned, planned.addDays(-3), 25)); // early
    EXPECT_FALSE(AtRiskRules::behindPlan(start, planned, std::nullopt, 25));        // no pace
    EXPECT_FALSE(AtRiskRules::behindPlan(start, QDate(), planned.addDays(90), 25)); // no plan
}

TEST(AtRiskRulesTest, FallingMasteryByTheThreshold)
{
    TopicMastery fell;
    fell.topicId = QStringLiteral("scales");
    fell.previousPercent = 70;
    fell.latestPercent = 60;
    TopicMastery slipped = fell;
    slipped.topicId = QStringLiteral("chords");
    slipped.latestPercent = 61;
    TopicMastery single;
    single.topicId = QStringLiteral("rhythm");
    single.latestPercent = 10;
    const QList<RiskFlag> flags = AtRiskRules::fallingMastery({fell, slipped, single}, 10);
    ASSERT_EQ(flags.size(), 1);
    EXPECT_EQ(flags[0].reason, RiskReason::FallingMastery);
    EXPECT_EQ(flags[0].parameters.value(QStringLiteral("topic_id")).toString(), QStringLiteral("scales"));
    EXPECT_EQ(flags[0].parameters.value(QStringLiteral("drop")).toInt(), 10);
    EXPECT_EQ(flags[0].parameters.value(QStringLiteral("previous")).toInt(), 70);
    EXPECT_EQ(flags[0].parameters.value(QStringLiteral("latest")).toInt(), 60);
}

TEST(AtRiskRulesTest, MissedLessonsInARow)
{
    const QList<LessonEvent> lessons{{kToday.addDays(-35), LessonOutcome::Held, 60},
                                     {kToday.addDays(-28), LessonOutcome::NoShow, 0},
                                     {kToday.addDays(-21), LessonOutcome::LateCancel, 0},
                                     {kToday.addDays(-14), LessonOutcome::CancelledByMentor, 0},
                                     {kToday.addDays(-7), LessonOutcome::CancelledByLearner, 0},
                                     {kToday.addDays(7), LessonOutcome::Scheduled, 0}};
    auto f = AtRiskRules::missedInARow(lessons, kToday, 3);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->reason, RiskReason::MissedLessons);
    EXPECT_EQ(f->parameters.value(QStringLiteral("in_a_row")).toInt(), 3);
    EXPECT_FALSE(AtRiskRules::missedInARow(lessons, kToday, 4));
    // A held lesson breaks the run; input order does not matter.
    const QList<LessonEvent> broken{{kToday.addDays(-1), LessonOutcome::NoShow, 0},
                                    {kToday.addDays(-20), LessonOutcome::NoShow, 0},
                                    {kToday.addDays(-10), LessonOutcome::Held, 60},
                                    {kToday.addDays(-5), LessonOutcome::NoShow, 0}};
    EXPECT_FALSE(AtRiskRules::missedInARow(broken, kToday, 3));
    EXPECT_TRUE(AtRiskRules::missedInARow(broken, kToday, 2));
}

TEST(AtRiskRulesTest, EvaluateRunsAllRulesAndSparesCompletedEnrollments)
{
    EnrollmentProgressInput in;
    in.asOf = kToday;
    in.startDate = QDate(2025, 12, 1);
    in.plannedEndDate = QDate(2026, 3, 31);
    in.contentMinutes = 1800;
    in.lessons = {{QDate(2025, 12, 5), LessonOutcome::Held, 60},
                  {QDate(2026, 1, 5), LessonOutcome::NoShow, 0},
                  {QDate(2026, 1, 12), LessonOutcome::NoShow, 0},
                  {QDate(2026, 1, 19), LessonOutcome::LateCancel, 0}};
    TopicMastery t;
    t.topicId = QStringLiteral("x");
    t.previousPercent = 80;
    t.latestPercent = 50;
    const QList<RiskFlag> flags = AtRiskRules::evaluate(in, QDate(2027, 1, 1), {t});
    QStringList codes;
    for (const RiskFlag& f : flags) {
        codes.append(AtRiskRules::code(f.reason));
        EXPECT_FALSE(AtRiskRules::describe(f).isEmpty());
    }
    EXPECT_EQ(codes, (QStringList{QStringLiteral("no_recent_lesson"), QStringLiteral("behind_plan"),
                                  QStringLiteral("falling_mastery"), QStringLiteral("missed_lessons")}));
    EXPECT_TRUE(AtRiskRules::describe(flags[0]).contains(QStringLiteral("86"))); // days since 2025-12-05
    in.completed = true;
    EXPECT_TRUE(AtRiskRules::evaluate(in, QDate(2027, 1, 1), {t}).isEmpty());
}
