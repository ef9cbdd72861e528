// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/AttendancePolicy.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {
BillableLesson cancelledHoursBefore(int hoursBefore, int extraSeconds = 0)
{
    BillableLesson l = lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::CancelledByLearner);
    l.cancelledAt = l.startsAt.addSecs(-qint64{3600} * hoursBefore + extraSeconds);
    return l;
}
} // namespace

TEST(AttendancePolicyTest, HeldLessonIsBilledFullyOnActualMinutes)
{
    BillableLesson l = heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), 60);
    l.actualMinutes = 52;
    const AttendanceDecision d = AttendancePolicy(AttendanceRules{}).decide(l);
    EXPECT_EQ(d.shareBp, 10000);
    EXPECT_EQ(d.minutes, 52);
    EXPECT_EQ(d.lineKind, PriceLine::Kind::Lesson);
    l.actualMinutes.reset();
    EXPECT_EQ(AttendancePolicy(AttendanceRules{}).decide(l).minutes, 60);
}

TEST(AttendancePolicyTest, LateCancellationWindowIsStrict)
{
    AttendanceRules rules;
    rules.lateCancelHours = 24;
    rules.lateCancelPercentBp = 5000;
    const AttendancePolicy policy(rules);
    EXPECT_FALSE(policy.isLateCancellation(cancelledHoursBefore(24)));    // exactly N hours before: in time
    EXPECT_TRUE(policy.isLateCancellation(cancelledHoursBefore(24, 1)));  // one second later: late
    EXPECT_TRUE(policy.isLateCancellation(cancelledHoursBefore(0, 600))); // after the start: late
    const AttendanceDecision d = policy.decide(cancelledHoursBefore(3));
    EXPECT_EQ(d.status, BillableStatus::LateCancel);
    EXPECT_EQ(d.shareBp, 5000);
    EXPECT_EQ(d.minutes, 60);
    EXPECT_EQ(policy.decide(cancelledHoursBefore(48)).shareBp, 0);
}

TEST(AttendancePolicyTest, CancellationWithoutTimeCountsAsTimely)
{
    BillableLesson l = cancelledHoursBefore(1);
    l.cancelledAt = QDateTime();
    EXPECT_FALSE(AttendancePolicy(AttendanceRules{}).decide(l).billable());
}

TEST(AttendancePolicyTest, ZeroNoticeHoursMeansNoLateCancellations)
{
    AttendanceRules rules;
    rules.lateCancelHours = 0;
    EXPECT_FALSE(AttendancePolicy(rules).decide(cancelledHoursBefore(0, 60)).billable());
}

TEST(AttendancePolicyTest, RecordedLateCancelIsAlwaysLate)
{
    BillableLesson l = lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::LateCancel);
    l.cancelledAt = l.startsAt.addDays(-10);
    EXPECT_EQ(AttendancePolicy(AttendanceRules{}).decide(l).status, BillableStatus::LateCancel);
    EXPECT_EQ(AttendancePolicy(AttendanceRules{}).decide(l).shareBp, 10000);
}

TEST(AttendancePolicyTest, NoShowDefaultsToFullAndMentorCancellationIsNeverBilled)
{
    const AttendancePolicy policy(AttendanceRules{});
    const auto noShow =
        policy.decide(lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::NoShow));
    EXPECT_EQ(noShow.shareBp, 10000);
    EXPECT_EQ(noShow.lineKind, PriceLine::Kind::NoShow);
    AttendanceRules generous;
    generous.noShowPercentBp = 10000;
    generous.lateCancelPercentBp = 10000;
    const auto mentor = AttendancePolicy(generous).decide(
        lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::CancelledByMentor));
    EXPECT_FALSE(mentor.billable());
    EXPECT_FALSE(mentor.earnsMakeUpCredit);
}

TEST(AttendancePolicyTest, MakeUpCreditOnlyForBilledLateCancellations)
{
    AttendanceRules rules;
    rules.makeUpCredits = true;
    const AttendancePolicy policy(rules);
    EXPECT_TRUE(policy.decide(cancelledHoursBefore(2)).earnsMakeUpCredit);
    EXPECT_FALSE(policy.decide(lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::NoShow))
                     .earnsMakeUpCredit);
    rules.lateCancelPercentBp = 0;
    EXPECT_FALSE(AttendancePolicy(rules).decide(cancelledHoursBefore(2)).earnsMakeUpCredit);
}

TEST(AttendancePolicyTest, RulesValidateTheirFields)
{
    AttendanceRules r;
    MD_ASSERT_OK(r.validate());
    r.lateCancelHours = -1;
    MD_EXPECT_INVALID(r.validate(), "late_cancel_hours");
    r = AttendanceRules{};
    r.lateCancelHours = 721;
    MD_EXPECT_INVALID(r.validate(), "late_cancel_hours");
    r = AttendanceRules{};
    r.lateCancelPercentBp = -1;
    MD_EXPECT_INVALID(r.validate(), "late_cancel_percent");
    r = AttendanceRules{};
    r.noShowPercentBp = 10001;
    MD_EXPECT_INVALID(r.validate(), "no_show_percent");
}
