// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/HourlyPricer.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

class HourlyPricerTest : public ::testing::Test
{
protected:
    /// n lessons of `minutes` each, one a day from 2026-02-01, with progress from 0 under E and C.
    static QList<BillableLesson> course(int n, int minutes, int efficiencyPermille, qint64 contentMinutes)
    {
        QList<BillableLesson> out;
        for (int i = 0; i < n; ++i) {
            BillableLesson l = heldLesson(QStringLiteral("l%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                                          QDate(2026, 2, 1).addDays(i), minutes);
            l.progressBefore = ProgressShare::fromMinutes(qint64{i} * minutes, efficiencyPermille, contentMinutes);
            out.append(l);
        }
        return out;
    }

    static Plan discounted(qint64 rate, qint64 discountedRate, int thresholdPermille, qint64 fee = 0)
    {
        HourlyPlan h = hourlyTerms(rate, fee);
        h.progressDiscount = HourlyPlan::ProgressDiscount{thresholdPermille, discountedRate};
        return makePlan(h);
    }

    AttendanceRules rules;
};

} // namespace

TEST_F(HourlyPricerTest, FoundingExampleFeePlusRateTimesHours)
{
    // F = F0 + r × T with F0 = 500, r = 100/h, T = 20 h → 2,500 (EUR cents).
    HourlyPricingInput in;
    for (int i = 0; i < 20; ++i) {
        in.lessons.append(heldLesson(QStringLiteral("l%1").arg(i), QDate(2026, 2, 1).addDays(i), 60));
    }
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000, 50000)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(totalOf(r->lines), 250000);
    ASSERT_EQ(r->lines.size(), 21);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::OneOffFee);
    EXPECT_EQ(r->lines[0].amountMinor, 50000);
    EXPECT_EQ(r->lines[0].sourceKind, PriceLine::Source::Plan);
    EXPECT_EQ(r->lines[0].sourceId, QStringLiteral("plan-1"));
    EXPECT_EQ(r->lines[1].quantity, 60);
    EXPECT_EQ(r->lines[1].unit, PriceLine::Unit::Minutes);
    EXPECT_EQ(r->lines[1].unitPriceMinor, 10000);
    EXPECT_EQ(r->lines[1].amountMinor, 10000);
    EXPECT_EQ(r->billedLessonIds.size(), 20);
}

TEST_F(HourlyPricerTest, OneOffFeeIsBilledOnlyOnce)
{
    HourlyPricingInput in;
    in.lessons = {heldLesson(QStringLiteral("a"), QDate(2026, 2, 1), 60)};
    in.oneOffFeeBilled = true;
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000, 50000)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_TRUE(linesOfKind(r->lines, PriceLine::Kind::OneOffFee).isEmpty());
    EXPECT_EQ(totalOf(r->lines), 10000);
}

TEST_F(HourlyPricerTest, FoundingProgressDiscountSplitsTheCrossingLessonExactly)
{
    // E = 0.8, C = 30 h = 1800 min, P* = 0.8, r = 100, r′ = 80.
    // P reaches 0.8 at T* = P* × C / E = 0.8 × 1800 / 0.8 = 1800 min (30 h).
    // The learner has studied 29 h 15 min = 1755 min: P = 1755 × 0.8 / 1800 = 0.78.
    // A 60-min lesson crosses P* after k = ceil((0.8 − 0.78) × 1800 / 0.8) = 45 min:
    // 45 min at 100/h = 75.00, 15 min at 80/h = 20.00, total 95.00.
    BillableLesson l = heldLesson(QStringLiteral("crossing"), QDate(2026, 3, 2), 60);
    l.progressBefore = ProgressShare::fromMinutes(1755, 800, 1800);
    HourlyPricingInput in;
    in.lessons = {l};
    in.efficiencyPermille = 800;
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(discounted(10000, 8000, 800), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 2);
    EXPECT_EQ(r->lines[0].quantity, 45);
    EXPECT_EQ(r->lines[0].unitPriceMinor, 10000);
    EXPECT_EQ(r->lines[0].amountMinor, 7500);
    EXPECT_FALSE(r->lines[0].args.discountedRate);
    EXPECT_EQ(r->lines[1].quantity, 15);
    EXPECT_EQ(r->lines[1].unitPriceMinor, 8000);
    EXPECT_EQ(r->lines[1].amountMinor, 2000);
    EXPECT_TRUE(r->lines[1].args.discountedRate);
    EXPECT_EQ(r->lines[1].args.thresholdPermille, 800);
    EXPECT_EQ(r->lines[1].sourceId, QStringLiteral("crossing"));
    EXPECT_EQ(totalOf(r->lines), 9500);
}

TEST_F(HourlyPricerTest, ProgressGivenInPermilleSplitsTheSame)
{
    BillableLesson l = heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), 60);
    l.progressBefore = ProgressShare::fromPermille(780);
    HourlyPricingInput in;
    in.lessons = {l};
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(discounted(10000, 8000, 800), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 2);
    EXPECT_EQ(r->lines[0].quantity, 45);
    EXPECT_EQ(r->lines[1].quantity, 15);
}

TEST_F(HourlyPricerTest, WholeCourseWithProgressDiscount)
{
    // 40 one-hour lessons from zero, E = 0.8, C = 1800: the first 30 h at 100, the last 10 h at 80,
    // plus F0 = 500 → 500 + 3000 + 800 = 4,300. No lesson straddles T* = 30 h, so no split.
    HourlyPricingInput in;
    in.lessons = course(40, 60, 800, 1800);
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(discounted(10000, 8000, 800, 50000), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(totalOf(r->lines), 430000);
    EXPECT_EQ(linesOfKind(r->lines, PriceLine::Kind::Lesson).size(), 40);
}

TEST_F(HourlyPricerTest, SeventyMinuteLessonsSplitTheTwentySixth)
{
    // 70-min lessons: 25 lessons = 1750 min; the 26th starts 50 min before T* = 1800:
    // 50 min at 100/h = 83.33 (8333.3… → 8333), 20 min at 80/h = 26.67 (2666.6… → 2667).
    HourlyPricingInput in;
    in.lessons = course(27, 70, 800, 1800);
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(discounted(10000, 8000, 800), rules, in);
    MD_ASSERT_OK(r);
    QList<PriceLine> l26;
    for (const auto& line : r->lines) {
        if (line.sourceId == QStringLiteral("l26")) {
            l26.append(line);
        }
    }
    ASSERT_EQ(l26.size(), 2);
    EXPECT_EQ(l26[0].quantity, 50);
    EXPECT_EQ(l26[0].amountMinor, 8333);
    EXPECT_EQ(l26[1].quantity, 20);
    EXPECT_EQ(l26[1].amountMinor, 2667);
    // l27 is wholly discounted: 70 min at 80/h = 93.33
    EXPECT_EQ(r->lines.last().sourceId, QStringLiteral("l27"));
    EXPECT_TRUE(r->lines.last().args.discountedRate);
    EXPECT_EQ(r->lines.last().amountMinor, 9333);
}

TEST_F(HourlyPricerTest, CrossingMinuteIsRoundedUpWhenNotWhole)
{
    // E = 0.7, C = 1800, P* = 0.8: T* = 1440 / 0.7 = 2057.14… min. From T = 2040 the threshold is
    // 17.14… min away, so the crossing minute (the 18th) is still billed at r: 18 min at r, 42 at r′.
    BillableLesson l = heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), 60);
    l.progressBefore = ProgressShare::fromMinutes(2040, 700, 1800);
    HourlyPricingInput in;
    in.lessons = {l};
    in.efficiencyPermille = 700;
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(discounted(6000, 4500, 800), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 2);
    EXPECT_EQ(r->lines[0].quantity, 18);
    EXPECT_EQ(r->lines[0].amountMinor, 1800);
    EXPECT_EQ(r->lines[1].quantity, 42);
    EXPECT_EQ(r->lines[1].amountMinor, 3150);
}

TEST_F(HourlyPricerTest, RoundsEachLessonBeforeSplitting)
{
    // 50 actual minutes rounded up to 60 in 15-min steps; threshold 45 min in → 45 at r + 15 at r′.
    HourlyPlan h = hourlyTerms(10000);
    h.rounding = RoundingRule{15, RoundingDirection::Up};
    h.progressDiscount = HourlyPlan::ProgressDiscount{800, 8000};
    BillableLesson l = heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), 50);
    l.progressBefore = ProgressShare::fromMinutes(1755, 800, 1800);
    HourlyPricingInput in;
    in.lessons = {l};
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(makePlan(h), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 2);
    EXPECT_EQ(r->lines[0].quantity + r->lines[1].quantity, 60);
    EXPECT_EQ(totalOf(r->lines), 9500);
}

TEST_F(HourlyPricerTest, RoundingRulesGolden)
{
    struct Case
    {
        int increment;
        RoundingDirection direction;
        int actual;
        qint64 billedMinutes;
    };
    const Case cases[] = {
        {15, RoundingDirection::Up, 50, 60},      {15, RoundingDirection::Up, 45, 45},
        {15, RoundingDirection::Nearest, 52, 45}, {15, RoundingDirection::Nearest, 53, 60},
        {15, RoundingDirection::Down, 59, 45},    {5, RoundingDirection::Up, 61, 65},
        {10, RoundingDirection::Nearest, 55, 60}, {30, RoundingDirection::Down, 29, 0},
        {60, RoundingDirection::Up, 61, 120},     {1, RoundingDirection::Down, 47, 47},
    };
    for (const Case& c : cases) {
        HourlyPlan h = hourlyTerms(6000); // 60.00/h = 1.00 per minute: amount = minutes × 100
        h.rounding = RoundingRule{c.increment, c.direction};
        HourlyPricingInput in;
        in.lessons = {heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), c.actual)};
        auto r = HourlyPricer::price(makePlan(h), rules, in);
        MD_ASSERT_OK(r);
        ASSERT_EQ(r->lines.size(), 1) << "a lesson rounded to 0 still gets its (zero) line";
        EXPECT_EQ(r->lines[0].quantity, c.billedMinutes) << c.increment << " " << c.actual;
        EXPECT_EQ(r->lines[0].amountMinor, c.billedMinutes * 100);
    }
}

TEST_F(HourlyPricerTest, OneRoundingPerLine)
{
    // 33.33/h for 7 min = 3.8885 → 3.89 (one rounding), not 7 × round(0.5555) = 3.92.
    HourlyPricingInput in;
    in.lessons = {heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), 7)};
    auto r = HourlyPricer::price(makePlan(hourlyTerms(3333)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->lines[0].amountMinor, 389);
}

TEST_F(HourlyPricerTest, AttendanceRulesGolden)
{
    // Late cancel within 24 h at 50 %, no-show at 100 %, mentor cancellation and timely cancellation free.
    rules.lateCancelHours = 24;
    rules.lateCancelPercentBp = 5000;
    const QDate day(2026, 3, 10);
    BillableLesson late = lessonWithStatus(QStringLiteral("late"), day, 60, BillableStatus::CancelledByLearner);
    late.cancelledAt = late.startsAt.addSecs(-2 * 3600);
    BillableLesson timely =
        lessonWithStatus(QStringLiteral("timely"), day.addDays(1), 60, BillableStatus::CancelledByLearner);
    timely.cancelledAt = timely.startsAt.addSecs(-30 * 3600);
    const BillableLesson noShow =
        lessonWithStatus(QStringLiteral("noshow"), day.addDays(2), 60, BillableStatus::NoShow);
    const BillableLesson mentor =
        lessonWithStatus(QStringLiteral("mentor"), day.addDays(3), 60, BillableStatus::CancelledByMentor);
    const BillableLesson marked =
        lessonWithStatus(QStringLiteral("marked"), day.addDays(4), 45, BillableStatus::LateCancel);
    HourlyPricingInput in;
    in.lessons = {late, timely, noShow, mentor, marked};
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 3);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::LateCancel);
    EXPECT_EQ(r->lines[0].amountMinor, 5000);
    EXPECT_EQ(r->lines[0].args.shareBp, 5000);
    EXPECT_EQ(r->lines[0].args.attendance, BillableStatus::LateCancel);
    EXPECT_EQ(r->lines[1].kind, PriceLine::Kind::NoShow);
    EXPECT_EQ(r->lines[1].amountMinor, 10000);
    EXPECT_EQ(r->lines[2].kind, PriceLine::Kind::LateCancel);
    EXPECT_EQ(r->lines[2].sourceId, QStringLiteral("marked"));
    EXPECT_EQ(r->lines[2].amountMinor, 3750); // 45 min at 100/h × 50 %
    EXPECT_EQ(r->billedLessonIds,
              (QStringList{QStringLiteral("late"), QStringLiteral("noshow"), QStringLiteral("marked")}));
    EXPECT_EQ(r->unbilledLessonIds, (QStringList{QStringLiteral("timely"), QStringLiteral("mentor")}));
}

TEST_F(HourlyPricerTest, LateCancelShareIsRoundedOnce)
{
    // 35 % of 50 min at 33.33/h = 9.72 (972.125 → 972), rounded once.
    rules.lateCancelPercentBp = 3500;
    HourlyPricingInput in;
    in.lessons = {lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 50, BillableStatus::LateCancel)};
    auto r = HourlyPricer::price(makePlan(hourlyTerms(3333)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->lines[0].amountMinor, 972);
}

TEST_F(HourlyPricerTest, NoShowShareFollowsTheRule)
{
    rules.noShowPercentBp = 7500;
    HourlyPricingInput in;
    in.lessons = {lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::NoShow)};
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->lines[0].amountMinor, 7500);
}

TEST_F(HourlyPricerTest, CancellationAfterThresholdUsesDiscountedRate)
{
    BillableLesson l = lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::NoShow);
    l.progressBefore = ProgressShare::fromPermille(900);
    HourlyPricingInput in;
    in.lessons = {l};
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(discounted(10000, 8000, 800), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 1);
    EXPECT_EQ(r->lines[0].amountMinor, 8000);
    EXPECT_TRUE(r->lines[0].args.discountedRate);
}

TEST_F(HourlyPricerTest, CancelledLessonBeforeThresholdIsNotSplit)
{
    BillableLesson l = lessonWithStatus(QStringLiteral("x"), QDate(2026, 3, 2), 60, BillableStatus::NoShow);
    l.progressBefore = ProgressShare::fromMinutes(1755, 800, 1800);
    HourlyPricingInput in;
    in.lessons = {l};
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(discounted(10000, 8000, 800), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 1);
    EXPECT_EQ(r->lines[0].amountMinor, 10000);
}

TEST_F(HourlyPricerTest, MakeUpCreditCoversTheMakeUpLesson)
{
    rules.makeUpCredits = true;
    rules.lateCancelPercentBp = 10000;
    const BillableLesson cancelled =
        lessonWithStatus(QStringLiteral("a-cancelled"), QDate(2026, 3, 2), 60, BillableStatus::LateCancel);
    BillableLesson makeUp = heldLesson(QStringLiteral("b-makeup"), QDate(2026, 3, 5), 60);
    makeUp.makeUp = true;
    BillableLesson second = heldLesson(QStringLiteral("c-makeup"), QDate(2026, 3, 6), 60);
    second.makeUp = true; // no credit left: billed normally
    HourlyPricingInput in;
    in.lessons = {second, makeUp, cancelled};
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 3);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::LateCancel);
    EXPECT_EQ(r->lines[1].kind, PriceLine::Kind::MakeUpCredit);
    EXPECT_EQ(r->lines[1].amountMinor, 0);
    EXPECT_EQ(r->lines[1].quantity, 60);
    EXPECT_EQ(r->lines[1].sourceId, QStringLiteral("b-makeup"));
    EXPECT_EQ(r->lines[2].kind, PriceLine::Kind::Lesson);
    EXPECT_EQ(r->lines[2].amountMinor, 10000);
    EXPECT_EQ(r->makeUpCredits, 0);
    EXPECT_EQ(r->billedLessonIds.size(), 3);
}

TEST_F(HourlyPricerTest, MakeUpCreditsCarryBetweenRuns)
{
    rules.makeUpCredits = true;
    BillableLesson makeUp = heldLesson(QStringLiteral("m"), QDate(2026, 3, 5), 60);
    makeUp.makeUp = true;
    HourlyPricingInput in;
    in.lessons = {makeUp, lessonWithStatus(QStringLiteral("z"), QDate(2026, 3, 9), 60, BillableStatus::LateCancel)};
    in.makeUpCredits = 1;
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::MakeUpCredit);
    EXPECT_EQ(r->makeUpCredits, 1); // one used, one earned by the late cancellation
}

TEST_F(HourlyPricerTest, NoMakeUpCreditsWithoutTheRule)
{
    BillableLesson makeUp = heldLesson(QStringLiteral("m"), QDate(2026, 3, 5), 60);
    makeUp.makeUp = true;
    HourlyPricingInput in;
    in.lessons = {lessonWithStatus(QStringLiteral("a"), QDate(2026, 3, 2), 60, BillableStatus::LateCancel), makeUp};
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(totalOf(r->lines), 20000);
    EXPECT_EQ(r->makeUpCredits, 0);
}

TEST_F(HourlyPricerTest, PerLessonPlanIgnoresDurationAndSwitchesRateAtThreshold)
{
    HourlyPlan h = hourlyTerms(4000);
    h.unit = HourlyPlan::RateUnit::PerLesson;
    h.progressDiscount = HourlyPlan::ProgressDiscount{500, 3000};
    BillableLesson a = heldLesson(QStringLiteral("a"), QDate(2026, 3, 2), 45);
    a.progressBefore = ProgressShare::fromPermille(490);
    BillableLesson b = heldLesson(QStringLiteral("b"), QDate(2026, 3, 3), 90);
    b.progressBefore = ProgressShare::fromPermille(500);
    BillableLesson c = lessonWithStatus(QStringLiteral("c"), QDate(2026, 3, 4), 60, BillableStatus::LateCancel);
    c.progressBefore = ProgressShare::fromPermille(520);
    rules.lateCancelPercentBp = 5000;
    HourlyPricingInput in;
    in.lessons = {a, b, c};
    in.contentMinutes = 1800;
    auto r = HourlyPricer::price(makePlan(h), rules, in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 3);
    EXPECT_EQ(r->lines[0].unit, PriceLine::Unit::Units);
    EXPECT_EQ(r->lines[0].amountMinor, 4000);
    EXPECT_EQ(r->lines[1].amountMinor, 3000);
    EXPECT_EQ(r->lines[2].amountMinor, 1500);
}

TEST_F(HourlyPricerTest, LinesCarryPlanTaxAndSource)
{
    HourlyPricingInput in;
    in.lessons = {heldLesson(QStringLiteral("lesson-7"), QDate(2026, 3, 2), 60)};
    auto r = HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, in);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->lines[0].planId, QStringLiteral("plan-1"));
    EXPECT_EQ(r->lines[0].taxRateId, QStringLiteral("vat"));
    EXPECT_EQ(r->lines[0].sourceKind, PriceLine::Source::Lesson);
    EXPECT_EQ(r->lines[0].sourceId, QStringLiteral("lesson-7"));
    EXPECT_EQ(r->lines[0].args.date, QDate(2026, 3, 2));
}

TEST_F(HourlyPricerTest, RejectsInvalidInputNamingTheField)
{
    HourlyPricingInput in;
    in.lessons = {heldLesson(QStringLiteral("a"), QDate(2026, 3, 2), 60)};
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(SubscriptionPlan{}), rules, in), "plan.kind");

    HourlyPlan badRounding = hourlyTerms(10000);
    badRounding.rounding.incrementMinutes = 7;
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(badRounding), rules, in), "plan.rounding.increment_minutes");
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(-1)), rules, in), "plan.rate");
    MD_EXPECT_INVALID(HourlyPricer::price(discounted(10000, 10000, 800), rules, in), "plan.progress_discount.rate");
    MD_EXPECT_INVALID(HourlyPricer::price(discounted(10000, 8000, 0), rules, in), "plan.progress_discount.threshold");

    HourlyPricingInput noContent = in;
    MD_EXPECT_INVALID(HourlyPricer::price(discounted(10000, 8000, 800), rules, noContent), "content_minutes");
    noContent.contentMinutes = 1800;
    noContent.efficiencyPermille = 10;
    MD_EXPECT_INVALID(HourlyPricer::price(discounted(10000, 8000, 800), rules, noContent), "efficiency_permille");

    HourlyPricingInput dup = in;
    dup.lessons.append(in.lessons[0]);
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, dup), "lessons[1].lesson_id");
    HourlyPricingInput badMinutes = in;
    badMinutes.lessons[0].plannedMinutes = 0;
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, badMinutes),
                      "lessons[0].planned_minutes");
    badMinutes.lessons[0].plannedMinutes = 60;
    badMinutes.lessons[0].actualMinutes = 1441;
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, badMinutes),
                      "lessons[0].actual_minutes");
    HourlyPricingInput noStart = in;
    noStart.lessons[0].startsAt = QDateTime();
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, noStart), "lessons[0].starts_at");
    HourlyPricingInput noId = in;
    noId.lessons[0].lessonId.clear();
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, noId), "lessons[0].lesson_id");
    HourlyPricingInput credits = in;
    credits.makeUpCredits = -1;
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(10000)), rules, credits), "make_up_credits");

    AttendanceRules badRules;
    badRules.lateCancelPercentBp = 10001;
    MD_EXPECT_INVALID(HourlyPricer::price(makePlan(hourlyTerms(10000)), badRules, in),
                      "attendance.late_cancel_percent");
    Plan noId2 = makePlan(hourlyTerms(10000));
    noId2.id.clear();
    MD_EXPECT_INVALID(HourlyPricer::price(noId2, rules, in), "plan.id");
}
