// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/SubscriptionPricer.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

class SubscriptionPricerTest : public ::testing::Test
{
protected:
    /// The founding subscription: 1,000.00 a month with 8 h included, overage 120.00/h, unused minutes
    /// rolled over up to 4 h, starting on 2026-03-10 (so March is prorated).
    static SubscriptionPlan founding()
    {
        SubscriptionPlan s;
        s.period = PeriodUnit::Month;
        s.feeMinor = 100000;
        s.includedMinutes = 480;
        s.overageRateMinor = 12000;
        s.rollover = SubscriptionPlan::Rollover::Capped;
        s.rolloverCapMinutes = 240;
        return s;
    }

    /// `count` one-hour lessons from `first`, one a day.
    static QList<BillableLesson> hours(QDate first, int count, const QString& prefix)
    {
        QList<BillableLesson> out;
        for (int i = 0; i < count; ++i) {
            out.append(heldLesson(prefix + QString::number(i), first.addDays(i), 60));
        }
        return out;
    }

    Result<SubscriptionPeriodResult> price(const SubscriptionPlan& terms, QDate day, QList<BillableLesson> lessons,
                                           qint64 rolloverIn = 0)
    {
        SubscriptionPeriodInput in;
        in.day = day;
        in.lessons = std::move(lessons);
        in.rolloverInMinutes = rolloverIn;
        Plan plan = makePlan(terms);
        plan.effectiveFrom = start;
        return SubscriptionPricer::price(plan, rules, in);
    }

    AttendanceRules rules;
    QDate start{2026, 3, 10}; ///< the plan's effectiveFrom: the subscription's first day
};

} // namespace

TEST_F(SubscriptionPricerTest, FoundingExampleProratedFirstMonthRolloverAndOverage)
{
    // March: active 10–31 = 22 of 31 days. Fee = 1000.00 × 22 / 31 = 709.677… → 709.68.
    // Allowance = 480 × 22 / 31 = 340.6… → 341 min. Five 1-h lessons use 300 → 41 min roll over.
    auto march = price(founding(), QDate(2026, 3, 1), hours(QDate(2026, 3, 16), 5, QStringLiteral("m")));
    MD_ASSERT_OK(march);
    EXPECT_EQ(march->period.key(), QStringLiteral("2026-03"));
    EXPECT_EQ(march->activeDays, 22);
    EXPECT_EQ(march->allowanceMinutes, 341);
    EXPECT_EQ(march->usedMinutes, 300);
    EXPECT_EQ(march->overageMinutes, 0);
    EXPECT_EQ(march->rolloverOutMinutes, 41);
    ASSERT_EQ(march->lines.size(), 1);
    const PriceLine& fee = march->lines[0];
    EXPECT_EQ(fee.kind, PriceLine::Kind::SubscriptionFee);
    EXPECT_EQ(fee.amountMinor, 70968);
    EXPECT_EQ(fee.unitPriceMinor, 100000);
    EXPECT_EQ(fee.args.activeDays, 22);
    EXPECT_EQ(fee.args.periodDays, 31);
    EXPECT_EQ(fee.sourceKind, PriceLine::Source::SubscriptionPeriod);
    EXPECT_EQ(fee.sourceId, QStringLiteral("2026-03"));
    EXPECT_EQ(march->coveredLessonIds.size(), 5);

    // April: full fee; 480 + 41 rolled = 521 available; ten 1-h lessons = 600 → 79 min overage at 120/h = 158.00.
    auto april = price(founding(), QDate(2026, 4, 30), hours(QDate(2026, 4, 1), 10, QStringLiteral("a")),
                       march->rolloverOutMinutes);
    MD_ASSERT_OK(april);
    ASSERT_EQ(april->lines.size(), 2);
    EXPECT_EQ(april->lines[0].amountMinor, 100000);
    EXPECT_EQ(april->lines[1].kind, PriceLine::Kind::Overage);
    EXPECT_EQ(april->lines[1].quantity, 79);
    EXPECT_EQ(april->lines[1].amountMinor, 15800);
    EXPECT_EQ(april->lines[1].args.allowanceMinutes, 521);
    EXPECT_EQ(april->lines[1].args.usedMinutes, 600);
    EXPECT_EQ(april->rolloverOutMinutes, 0);
    EXPECT_EQ(totalOf(april->lines), 115800);
}

TEST_F(SubscriptionPricerTest, CappedRolloverAccumulatesUpToTheCap)
{
    // May: 6 h used of 8 → 120 carried. June: 120 rolled + 480, 6 h used (rolled minutes first) → 240 unused,
    // all carried (cap 240). July: nothing used → 720 unused, 240 carried, 480 forfeited.
    auto may = price(founding(), QDate(2026, 5, 1), hours(QDate(2026, 5, 4), 6, QStringLiteral("m")));
    MD_ASSERT_OK(may);
    EXPECT_EQ(may->rolloverOutMinutes, 120);
    auto june = price(founding(), QDate(2026, 6, 1), hours(QDate(2026, 6, 1), 6, QStringLiteral("j")), 120);
    MD_ASSERT_OK(june);
    EXPECT_EQ(june->rolloverOutMinutes, 240);
    EXPECT_EQ(june->forfeitedMinutes, 0);
    auto july = price(founding(), QDate(2026, 7, 1), {}, 240);
    MD_ASSERT_OK(july);
    EXPECT_EQ(july->rolloverOutMinutes, 240);
    EXPECT_EQ(july->forfeitedMinutes, 480);
}

TEST_F(SubscriptionPricerTest, NoRolloverForfeitsUnusedMinutes)
{
    SubscriptionPlan s = founding();
    s.rollover = SubscriptionPlan::Rollover::None;
    auto r = price(s, QDate(2026, 4, 1), hours(QDate(2026, 4, 1), 2, QStringLiteral("x")));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->rolloverOutMinutes, 0);
    EXPECT_EQ(r->forfeitedMinutes, 360);
}

TEST_F(SubscriptionPricerTest, OnePeriodRolloverLapsesAfterOnePeriod)
{
    SubscriptionPlan s = founding();
    s.rollover = SubscriptionPlan::Rollover::OnePeriod;
    // April: 100 rolled in, 2 h used → taken from the rolled 100 first, then 20 from the allowance.
    // The 460 unused allowance carries; nothing of the rolled-in minutes is left to lapse.
    auto april = price(s, QDate(2026, 4, 1), hours(QDate(2026, 4, 1), 2, QStringLiteral("a")), 100);
    MD_ASSERT_OK(april);
    EXPECT_EQ(april->rolloverOutMinutes, 460);
    EXPECT_EQ(april->forfeitedMinutes, 0);
    // May: 460 rolled in, nothing used → the rolled 460 lapse, the 480 allowance carries.
    auto may = price(s, QDate(2026, 5, 1), {}, 460);
    MD_ASSERT_OK(may);
    EXPECT_EQ(may->rolloverOutMinutes, 480);
    EXPECT_EQ(may->forfeitedMinutes, 460);
}

TEST_F(SubscriptionPricerTest, UnlimitedNeverBillsOverage)
{
    SubscriptionPlan s = founding();
    s.includedMinutes = SubscriptionPlan::kUnlimited;
    s.rollover = SubscriptionPlan::Rollover::None;
    auto r = price(s, QDate(2026, 4, 1), hours(QDate(2026, 4, 1), 30, QStringLiteral("u")), 0);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 1);
    EXPECT_EQ(r->usedMinutes, 1800);
    EXPECT_EQ(r->overageMinutes, 0);
    EXPECT_EQ(r->rolloverOutMinutes, 0);
}

TEST_F(SubscriptionPricerTest, PauseProratesFeeAndAllowance)
{
    // April 11–20 paused: 20 of 30 days active → fee 666.67 (66666.6… → 66667), allowance 320.
    SubscriptionPlan s = founding();
    start = QDate(2026, 1, 1);
    s.pauses = {SubscriptionPlan::Pause{QDate(2026, 4, 11), QDate(2026, 4, 20)},
                SubscriptionPlan::Pause{QDate(2026, 4, 15), QDate(2026, 4, 16)}}; // overlapping days count once
    auto r = price(s, QDate(2026, 4, 1), {});
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->activeDays, 20);
    EXPECT_EQ(r->lines[0].amountMinor, 66667);
    EXPECT_EQ(r->allowanceMinutes, 320);
}

TEST_F(SubscriptionPricerTest, FullyPausedPeriodHasNoFeeAndKeepsRollover)
{
    SubscriptionPlan s = founding();
    s.rollover = SubscriptionPlan::Rollover::OnePeriod;
    start = QDate(2026, 1, 1);
    s.pauses = {SubscriptionPlan::Pause{QDate(2026, 3, 25), QDate(2026, 5, 5)}};
    auto r = price(s, QDate(2026, 4, 1), {}, 100);
    MD_ASSERT_OK(r);
    EXPECT_TRUE(r->lines.isEmpty());
    EXPECT_EQ(r->activeDays, 0);
    EXPECT_EQ(r->rolloverOutMinutes, 100);
    // A lesson held anyway while paused uses the rolled minutes, then becomes overage.
    auto used = price(s, QDate(2026, 4, 1), hours(QDate(2026, 4, 7), 2, QStringLiteral("p")), 100);
    MD_ASSERT_OK(used);
    EXPECT_EQ(used->overageMinutes, 20);
    EXPECT_EQ(used->rolloverOutMinutes, 0);
}

TEST_F(SubscriptionPricerTest, ProratesTheLastPeriodAndCanBeTurnedOff)
{
    SubscriptionPlan s = founding();
    start = QDate(2026, 1, 1);
    s.endsOn = QDate(2026, 6, 15);
    auto prorated = price(s, QDate(2026, 6, 1), {});
    MD_ASSERT_OK(prorated);
    EXPECT_EQ(prorated->lines[0].amountMinor, 50000); // 15 of 30 days
    EXPECT_EQ(prorated->allowanceMinutes, 240);
    s.prorate = false;
    auto full = price(s, QDate(2026, 6, 1), {});
    MD_ASSERT_OK(full);
    EXPECT_EQ(full->lines[0].amountMinor, 100000);
    EXPECT_EQ(full->allowanceMinutes, 480);
    auto after = price(s, QDate(2026, 7, 1), {});
    MD_ASSERT_OK(after);
    EXPECT_TRUE(after->lines.isEmpty()); // ended: no active day
}

TEST_F(SubscriptionPricerTest, WeeklyPeriodsFollowTheStudioWeek)
{
    SubscriptionPlan s;
    s.period = PeriodUnit::Week;
    s.feeMinor = 25000;
    s.includedMinutes = 60;
    s.overageRateMinor = 9000;
    start = QDate(2026, 3, 11); // a Wednesday
    auto monday = price(s, QDate(2026, 3, 12), hours(QDate(2026, 3, 11), 2, QStringLiteral("w")));
    MD_ASSERT_OK(monday);
    EXPECT_EQ(monday->period.start, QDate(2026, 3, 9));
    EXPECT_EQ(monday->period.end, QDate(2026, 3, 15));
    EXPECT_EQ(monday->period.key(), QStringLiteral("2026-03-09"));
    EXPECT_EQ(monday->activeDays, 5);
    EXPECT_EQ(monday->lines[0].amountMinor, 17857); // 250.00 × 5 / 7 = 178.571… → 178.57
    EXPECT_EQ(monday->allowanceMinutes, 43);        // 60 × 5 / 7 = 42.86 → 43
    EXPECT_EQ(monday->overageMinutes, 77);
    EXPECT_EQ(monday->lines[1].amountMinor, 11550); // 77 min at 90/h
    s.weekStartsOn = 7;                             // Sunday
    auto sunday = price(s, QDate(2026, 3, 12), {});
    MD_ASSERT_OK(sunday);
    EXPECT_EQ(sunday->period.start, QDate(2026, 3, 8));
    EXPECT_EQ(sunday->activeDays, 4);
}

TEST_F(SubscriptionPricerTest, AttendanceSharesCountAgainstTheAllowance)
{
    rules.lateCancelPercentBp = 5000;
    SubscriptionPlan s = founding();
    start = QDate(2026, 1, 1);
    s.rounding = RoundingRule{15, RoundingDirection::Up};
    BillableLesson held = heldLesson(QStringLiteral("h"), QDate(2026, 4, 2), 50); // → 60
    const BillableLesson late =
        lessonWithStatus(QStringLiteral("l"), QDate(2026, 4, 3), 45, BillableStatus::LateCancel);
    const BillableLesson noShow = lessonWithStatus(QStringLiteral("n"), QDate(2026, 4, 4), 60, BillableStatus::NoShow);
    const BillableLesson mentor =
        lessonWithStatus(QStringLiteral("m"), QDate(2026, 4, 5), 60, BillableStatus::CancelledByMentor);
    auto r = price(s, QDate(2026, 4, 1), {held, late, noShow, mentor});
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->usedMinutes, 60 + 23 + 60); // 45 × 50 % = 22.5 → 23
    EXPECT_EQ(r->unbilledLessonIds, QStringList{QStringLiteral("m")});
}

TEST_F(SubscriptionPricerTest, BillingPeriodsAreCalendarMonths)
{
    const BillingPeriod feb = BillingPeriod::containing(QDate(2028, 2, 14), PeriodUnit::Month);
    EXPECT_EQ(feb.days(), 29);
    EXPECT_EQ(feb.key(), QStringLiteral("2028-02"));
    EXPECT_EQ(feb.next().start, QDate(2028, 3, 1));
    EXPECT_EQ(feb.next().end, QDate(2028, 3, 31));
    const BillingPeriod week = BillingPeriod::containing(QDate(2026, 12, 31), PeriodUnit::Week, 1);
    EXPECT_EQ(week.next().start, QDate(2027, 1, 4));
}

TEST_F(SubscriptionPricerTest, RejectsInvalidInputNamingTheField)
{
    const QDate day(2026, 4, 1);
    MD_EXPECT_INVALID(price(founding(), day, hours(QDate(2026, 5, 1), 1, QStringLiteral("x"))),
                      "lessons[0].local_date");
    MD_EXPECT_INVALID(price(founding(), day, {}, -1), "rollover_in_minutes");
    MD_EXPECT_INVALID(price(founding(), QDate(), {}), "period");
    SubscriptionPlan s = founding();
    s.includedMinutes = SubscriptionPlan::kUnlimited;
    MD_EXPECT_INVALID(price(s, day, {}), "plan.rollover");
    s = founding();
    s.rolloverCapMinutes = 0;
    MD_EXPECT_INVALID(price(s, day, {}), "plan.rollover_cap_minutes");
    s = founding();
    start = QDate();
    MD_EXPECT_INVALID(price(s, day, {}), "plan.effective_from");
    start = QDate(2026, 3, 10);
    s = founding();
    s.endsOn = QDate(2026, 3, 1);
    MD_EXPECT_INVALID(price(s, day, {}), "plan.ends_on");
    s = founding();
    s.pauses = {SubscriptionPlan::Pause{QDate(2026, 4, 5), QDate(2026, 4, 1)}};
    MD_EXPECT_INVALID(price(s, day, {}), "plan.pauses[0].to");
    s = founding();
    s.weekStartsOn = 8;
    MD_EXPECT_INVALID(price(s, day, {}), "plan.week_starts_on");
    s = founding();
    s.feeMinor = -5;
    MD_EXPECT_INVALID(price(s, day, {}), "plan.fee");
    s = founding();
    s.includedMinutes = -1;
    MD_EXPECT_INVALID(price(s, day, {}), "plan.included_minutes");
    SubscriptionPeriodInput in;
    in.day = day;
    MD_EXPECT_INVALID(SubscriptionPricer::price(makePlan(hourlyTerms(100)), rules, in), "plan.kind");
}
