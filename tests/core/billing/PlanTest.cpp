// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingTestSupport.h"
#include "TestStudio.h"
#include "billing/BillingMath.h"
#include "billing/ProgressShare.h"
#include "billing/plans/PlanTimeline.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {
Plan planFrom(const char* id, QDate from, Plan::Terms terms)
{
    Plan p = makePlan(std::move(terms), QString::fromLatin1(id));
    p.effectiveFrom = from;
    return p;
}

SubscriptionPlan monthly()
{
    SubscriptionPlan s;
    s.feeMinor = 100000;
    s.includedMinutes = 480;
    return s;
}
} // namespace

TEST(PlanTest, KindFollowsTheTerms)
{
    EXPECT_EQ(makePlan(HourlyPlan{}).kind(), PlanKind::Hourly);
    EXPECT_EQ(makePlan(SubscriptionPlan{}).kind(), PlanKind::Subscription);
    EXPECT_EQ(makePlan(PackagePlan{}).kind(), PlanKind::Package);
    EXPECT_EQ(makePlan(ProjectPlan{}).kind(), PlanKind::Project);
    EXPECT_EQ(makePlan(ModulePlan{}).kind(), PlanKind::Module);
    for (const auto k :
         {PlanKind::Hourly, PlanKind::Subscription, PlanKind::Package, PlanKind::Project, PlanKind::Module}) {
        EXPECT_EQ(*Plan::parseKind(Plan::kindKey(k), QStringLiteral("kind")), k);
    }
    MD_EXPECT_INVALID(Plan::parseKind(QStringLiteral("barter"), QStringLiteral("plan_kind")), "plan_kind");
}

TEST(PlanTest, ValidatesIdDateAndTerms)
{
    Plan p = makePlan(hourlyTerms(10000));
    MD_ASSERT_OK(p.validate());
    p.id = QStringLiteral(" ");
    MD_EXPECT_INVALID(p.validate(), "id");
    p = makePlan(hourlyTerms(10000));
    p.effectiveFrom = QDate();
    MD_EXPECT_INVALID(p.validate(), "effective_from");
    HourlyPlan h = hourlyTerms(10000);
    h.oneOffFeeMinor = -1;
    MD_EXPECT_INVALID(makePlan(h).validate(), "one_off_fee");
    h = hourlyTerms(BillingMath::kMaxAmountMinor + 1);
    MD_EXPECT_INVALID(makePlan(h).validate(), "rate");
}

TEST(PlanTest, TimelineFindsThePlanInForce)
{
    const QList<Plan> plans = {planFrom("sub", QDate(2026, 3, 1), monthly()),
                               planFrom("hourly", QDate(2026, 1, 1), hourlyTerms(10000))};
    MD_ASSERT_OK(PlanTimeline::validate(plans));
    EXPECT_FALSE(PlanTimeline::planOn(plans, QDate(2025, 12, 31)).has_value());
    EXPECT_EQ(PlanTimeline::planOn(plans, QDate(2026, 2, 28))->id, QStringLiteral("hourly"));
    EXPECT_EQ(PlanTimeline::planOn(plans, QDate(2026, 3, 1))->id, QStringLiteral("sub"));
    EXPECT_EQ(PlanTimeline::planOn(plans, QDate(2030, 1, 1))->id, QStringLiteral("sub"));
    EXPECT_EQ(PlanTimeline::lastDay(plans, plans[1]), QDate(2026, 2, 28));
    EXPECT_FALSE(PlanTimeline::lastDay(plans, plans[0]).isValid());
}

TEST(PlanTest, TimelineAssignsLessonsToThePlanInForce)
{
    const QList<Plan> plans = {planFrom("hourly", QDate(2026, 1, 1), hourlyTerms(10000)),
                               planFrom("sub", QDate(2026, 3, 1), monthly())};
    QList<BillableLesson> unassigned;
    const auto a = PlanTimeline::assign(plans,
                                        {heldLesson(QStringLiteral("mar"), QDate(2026, 3, 1), 60),
                                         heldLesson(QStringLiteral("feb"), QDate(2026, 2, 28), 60),
                                         heldLesson(QStringLiteral("dec"), QDate(2025, 12, 31), 60)},
                                        &unassigned);
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a[0].plan.id, QStringLiteral("hourly"));
    ASSERT_EQ(a[0].lessons.size(), 1);
    EXPECT_EQ(a[0].lessons[0].lessonId, QStringLiteral("feb"));
    ASSERT_EQ(a[1].lessons.size(), 1);
    EXPECT_EQ(a[1].lessons[0].lessonId, QStringLiteral("mar"));
    ASSERT_EQ(unassigned.size(), 1);
    EXPECT_EQ(unassigned[0].lessonId, QStringLiteral("dec"));
}

TEST(PlanTest, TimelineRejectsClashes)
{
    MD_EXPECT_INVALID(PlanTimeline::validate({planFrom("a", QDate(2026, 1, 1), hourlyTerms(100)),
                                              planFrom("b", QDate(2026, 1, 1), hourlyTerms(200))}),
                      "plans[1].effective_from");
    MD_EXPECT_INVALID(PlanTimeline::validate({planFrom("a", QDate(2026, 1, 1), hourlyTerms(100)),
                                              planFrom("a", QDate(2026, 2, 1), hourlyTerms(200))}),
                      "plans[1].id");
    MD_EXPECT_INVALID(PlanTimeline::validate({planFrom("a", QDate(2026, 1, 1), hourlyTerms(-100))}), "plans[0].rate");
}

TEST(PlanTest, RoundingRuleValidatesAndParses)
{
    for (const int inc : {1, 5, 10, 15, 30, 60}) {
        MD_ASSERT_OK((RoundingRule{inc, RoundingDirection::Up}.validate()));
    }
    for (const int inc : {0, -15, 7, 20, 45, 120}) {
        MD_EXPECT_INVALID((RoundingRule{inc, RoundingDirection::Up}.validate()), "increment_minutes");
    }
    EXPECT_EQ(*RoundingRule::parseDirection(QStringLiteral("Nearest"), QStringLiteral("rounding")),
              RoundingDirection::Nearest);
    EXPECT_EQ(RoundingRule::directionKey(RoundingDirection::Down), QStringLiteral("down"));
    MD_EXPECT_INVALID(RoundingRule::parseDirection(QStringLiteral("sideways"), QStringLiteral("rounding")), "rounding");
    EXPECT_EQ((RoundingRule{15, RoundingDirection::Nearest}.apply(0)), 0);
    EXPECT_EQ((RoundingRule{15, RoundingDirection::Nearest}.apply(7)), 0);
    EXPECT_EQ((RoundingRule{15, RoundingDirection::Nearest}.apply(8)), 15);
    EXPECT_EQ((RoundingRule{10, RoundingDirection::Nearest}.apply(5)), 10); // exactly half goes up
}

TEST(PlanTest, ProgressFractionFollowsTheModel)
{
    // T = 20 h, E = 0.8, C = 30 h → P = 16/30 = 0.5333; after 35 h: 28/30 = 0.9333 (PRODUCT.md).
    EXPECT_EQ(ProgressShare::fromMinutes(1200, 800, 1800).permille(), 533);
    EXPECT_EQ(ProgressShare::fromMinutes(2100, 800, 1800).permille(), 933);
    const ProgressShare done = ProgressShare::fromMinutes(5000, 800, 1800);
    EXPECT_EQ(done.numerator, done.denominator); // min(1, …)
    EXPECT_TRUE(done.reaches(1000));
    EXPECT_EQ(done.minutesUntil(800, 800, 1800), 0);
    const ProgressShare p = ProgressShare::fromMinutes(1755, 800, 1800);
    EXPECT_FALSE(p.reaches(800));
    EXPECT_TRUE(p.reaches(780));
    EXPECT_EQ(p.minutesUntil(800, 800, 1800), 45);
    EXPECT_EQ(ProgressShare::fromPermille(1200).permille(), 1000);
    EXPECT_EQ(ProgressShare::fromPermille(-5).permille(), 0);
}
