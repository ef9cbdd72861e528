// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/QuoteAdvisor.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

class QuoteAdvisorTest : public ::testing::Test
{
protected:
    static Plan hourly(qint64 fee = 50000) { return makePlan(hourlyTerms(10000, fee), QStringLiteral("hourly")); }

    static Plan subscription()
    {
        SubscriptionPlan s;
        s.feeMinor = 100000;
        s.includedMinutes = 480;
        s.overageRateMinor = 12000;
        s.rollover = SubscriptionPlan::Rollover::Capped;
        s.rolloverCapMinutes = 240;
        return makePlan(s, QStringLiteral("subscription"));
    }

    static Plan package(int validityDays = 0,
                        PackagePlan::WhenExhausted when = PackagePlan::WhenExhausted::NeedNewPackage)
    {
        PackagePlan p;
        p.priceMinor = 90000;
        p.minutes = 600;
        p.validityDays = validityDays;
        p.whenExhausted = when;
        p.overageRateMinor = 12000;
        return makePlan(p, QStringLiteral("package"));
    }

    static Plan project()
    {
        ProjectPlan p;
        p.priceMinor = 300000;
        p.milestones = {ProjectPlan::Milestone{QStringLiteral("half"), QStringLiteral("Half way"), 0, 5000, QDate()},
                        ProjectPlan::Milestone{QStringLiteral("done"), QStringLiteral("Done"), 0, 5000, QDate()}};
        return makePlan(p, QStringLiteral("project"));
    }

    /// 20 h of content at E = 1.0 to 100 %: 1200 min; two 1-h lessons a week from Monday 2026-03-02.
    static QuoteRequest twentyHours()
    {
        QuoteRequest r;
        r.contentMinutes = 1200;
        r.efficiencyPermille = 1000;
        r.targetPermille = 1000;
        r.weeklyMinutes = 120;
        r.lessonMinutes = 60;
        r.startDate = QDate(2026, 3, 2);
        return r;
    }
};

} // namespace

TEST_F(QuoteAdvisorTest, FoundingExamplesCheapestFirst)
{
    QuoteRequest r = twentyHours();
    r.plans = {hourly(), subscription(), package(), project()};
    auto q = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(q);
    const QuoteAssumptions& a = q->assumptions;
    EXPECT_EQ(a.minutesNeeded, 1200);
    EXPECT_EQ(a.lessons, 20);
    EXPECT_EQ(a.lessonsPerWeek, 2);
    EXPECT_EQ(a.weeks, 10);
    EXPECT_EQ(a.endDate, QDate(2026, 5, 7)); // Thursday of the tenth week
    ASSERT_EQ(q->options.size(), 4);
    // Package: two "10 h for 900" = 1,800.00.
    EXPECT_EQ(q->options[0].planId, QStringLiteral("package"));
    EXPECT_EQ(q->options[0].totalMinor, 180000);
    EXPECT_EQ(q->options[0].packages, 2);
    // Subscription (1,000/month, 8 h included, 120/h overage), lessons Mondays and Thursdays:
    //  March (from the 2nd: 30/31 days): fee 96774, allowance 465, 9 lessons = 540 → 75 min = 150.00
    //  April: fee 100000, 9 lessons = 540 → 60 min = 120.00
    //  May (to the 7th: 7/31 days): fee 22581, allowance 108, 2 lessons = 120 → 12 min = 24.00
    EXPECT_EQ(q->options[1].planId, QStringLiteral("subscription"));
    EXPECT_EQ(q->options[1].periods, 3);
    EXPECT_EQ(q->options[1].totalMinor, 96774 + 15000 + 100000 + 12000 + 22581 + 2400);
    // Hourly: F = F0 + r × T = 500 + 100 × 20 = 2,500.
    EXPECT_EQ(q->options[2].planId, QStringLiteral("hourly"));
    EXPECT_EQ(q->options[2].kind, PlanKind::Hourly);
    EXPECT_EQ(q->options[2].totalMinor, 250000);
    EXPECT_EQ(q->options[3].planId, QStringLiteral("project"));
    EXPECT_EQ(q->options[3].totalMinor, 300000);
}

TEST_F(QuoteAdvisorTest, HourlyQuoteAppliesTheProgressDiscount)
{
    // C = 30 h, E = 0.8, to 100 %: ceil(1.0 × 1800 / 0.8) = 2250 min. Weekly 90-min lessons → 25 lessons.
    // P* = 0.8 is reached at 1800 min = after lesson 20: 20 × 1.5 h at 100 = 3000, 5 × 1.5 h at 80 = 600,
    // plus F0 500 = 4,100.
    HourlyPlan h = hourlyTerms(10000, 50000);
    h.progressDiscount = HourlyPlan::ProgressDiscount{800, 8000};
    QuoteRequest r;
    r.contentMinutes = 1800;
    r.efficiencyPermille = 800;
    r.weeklyMinutes = 90;
    r.startDate = QDate(2026, 3, 2);
    r.plans = {makePlan(h)};
    auto q = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(q);
    EXPECT_EQ(q->assumptions.minutesNeeded, 2250);
    EXPECT_EQ(q->assumptions.lessons, 25);
    EXPECT_EQ(q->assumptions.weeks, 25);
    EXPECT_EQ(q->options[0].totalMinor, 410000);
}

TEST_F(QuoteAdvisorTest, TargetBelowFullAndTimeAlreadyStudied)
{
    // Target 80 % of 30 h at E = 0.8: 1800 min; 600 already studied → 1200 to go; the last lesson is shorter.
    QuoteRequest r;
    r.contentMinutes = 1800;
    r.efficiencyPermille = 800;
    r.targetPermille = 800;
    r.heldMinutesSoFar = 600;
    r.weeklyMinutes = 90;
    r.startDate = QDate(2026, 3, 2);
    r.plans = {hourly(0), subscription(), package()};
    auto q = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(q);
    EXPECT_EQ(q->assumptions.minutesNeeded, 1200);
    EXPECT_EQ(q->assumptions.lessons, 14); // 13 × 90 + 30
    EXPECT_EQ(q->assumptions.weeks, 14);
    EXPECT_EQ(q->options[0].planId, QStringLiteral("package")); // two packages: 1,800.00
    EXPECT_EQ(q->options[1].planId, QStringLiteral("hourly"));
    EXPECT_EQ(q->options[1].totalMinor, 200000);
    EXPECT_EQ(q->options[1].lines.last().quantity, 30);
    EXPECT_EQ(q->options[2].planId, QStringLiteral("subscription"));
    r.heldMinutesSoFar = 2000; // already past the target
    auto none = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(none);
    EXPECT_EQ(none->assumptions.minutesNeeded, 0);
    EXPECT_EQ(none->assumptions.lessons, 0);
    for (const QuoteOption& o : none->options) {
        EXPECT_EQ(o.totalMinor, 0) << o.planId.toStdString();
        EXPECT_TRUE(o.lines.isEmpty());
    }
}

TEST_F(QuoteAdvisorTest, ExpiringPackagesAreBoughtAsNeeded)
{
    // 10-h packages valid 30 days, one 1-h lesson a week: each package covers 5 lessons before it expires.
    QuoteRequest r = twentyHours();
    r.contentMinutes = 600;
    r.weeklyMinutes = 60;
    r.lessonMinutes = 0;
    r.plans = {package(30)};
    auto q = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(q);
    EXPECT_EQ(q->assumptions.lessons, 10);
    EXPECT_EQ(q->options[0].packages, 2);
    EXPECT_EQ(q->options[0].totalMinor, 180000);
}

TEST_F(QuoteAdvisorTest, OveragePackageBuysOneAndBillsTheRest)
{
    QuoteRequest r = twentyHours(); // 1200 min: 600 from the package, 600 at 120/h = 1,200.00
    r.plans = {package(0, PackagePlan::WhenExhausted::BillOverage)};
    auto q = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(q);
    EXPECT_EQ(q->options[0].packages, 1);
    EXPECT_EQ(q->options[0].totalMinor, 90000 + 120000);
}

TEST_F(QuoteAdvisorTest, ModulePlanBillsModulesStartedBeforeTheTarget)
{
    ModulePlan m;
    m.modules = {ModulePlan::Module{QStringLiteral("m1"), QStringLiteral("One"), 1, 600, 10000},
                 ModulePlan::Module{QStringLiteral("m2"), QStringLiteral("Two"), 2, 600, 20000},
                 ModulePlan::Module{QStringLiteral("m3"), QStringLiteral("Three"), 3, 600, 40000}};
    QuoteRequest r;
    r.contentMinutes = 1800;
    r.efficiencyPermille = 800;
    r.targetPermille = 600; // content 1080: modules starting at 0 and 600
    r.weeklyMinutes = 60;
    r.startDate = QDate(2026, 3, 2);
    r.plans = {makePlan(m)};
    auto q = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(q);
    ASSERT_EQ(q->options[0].lines.size(), 2);
    EXPECT_EQ(q->options[0].totalMinor, 30000);
    EXPECT_EQ(q->options[0].lines[0].args.date, QDate(2026, 3, 2));
    // Module two starts after 600 content min = 750 study min: during the 13th weekly lesson.
    EXPECT_EQ(q->options[0].lines[1].args.date, QDate(2026, 3, 2).addDays(7 * 12));
    // 750 min already studied (content 600): module one was started before the quote.
    r.heldMinutesSoFar = 750;
    r.targetPermille = 1000;
    auto later = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(later);
    EXPECT_EQ(later->options[0].totalMinor, 60000);
}

TEST_F(QuoteAdvisorTest, EqualTotalsKeepTheGivenOrder)
{
    QuoteRequest r = twentyHours();
    Plan a = hourly();
    a.id = QStringLiteral("a");
    Plan b = hourly();
    b.id = QStringLiteral("b");
    r.plans = {b, a};
    auto q = QuoteAdvisor::quote(r);
    MD_ASSERT_OK(q);
    EXPECT_EQ(q->options[0].planId, QStringLiteral("b"));
    EXPECT_EQ(q->options[1].planId, QStringLiteral("a"));
}

TEST_F(QuoteAdvisorTest, RejectsInvalidRequestsNamingTheField)
{
    QuoteRequest r = twentyHours();
    MD_EXPECT_INVALID(QuoteAdvisor::quote(r), "plans");
    r.plans = {hourly()};
    QuoteRequest bad = r;
    bad.contentMinutes = 0;
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "content_minutes");
    bad = r;
    bad.efficiencyPermille = 49;
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "efficiency_permille");
    bad = r;
    bad.targetPermille = 0;
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "target_permille");
    bad = r;
    bad.heldMinutesSoFar = -1;
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "held_minutes");
    bad = r;
    bad.weeklyMinutes = 0;
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "weekly_minutes");
    bad = r;
    bad.lessonMinutes = 45;
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "lesson_minutes");
    bad = r;
    bad.lessonMinutes = 0;
    bad.weeklyMinutes = 1500;
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "lesson_minutes");
    bad = r;
    bad.lessonMinutes = 1;
    bad.weeklyMinutes = 1;
    MD_ASSERT_OK(QuoteAdvisor::quote(bad)); // 1200 one-minute lessons are fine…
    bad.contentMinutes = 100000;            // …100,000 is not
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "lesson_minutes");
    bad = r;
    bad.startDate = QDate();
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "start_date");
    bad = r;
    bad.plans = {hourly(), makePlan(hourlyTerms(-1), QStringLiteral("neg"))};
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "plans[1].rate");
    bad.plans = {hourly(), hourly()};
    MD_EXPECT_INVALID(QuoteAdvisor::quote(bad), "plans[1].id");
}

TEST_F(QuoteAdvisorTest, MinutesToReachRoundsUp)
{
    EXPECT_EQ(QuoteAdvisor::minutesToReach(1000, 1800, 800), 2250);
    EXPECT_EQ(QuoteAdvisor::minutesToReach(800, 1800, 700), 2058); // 2057.14… → 2058
    EXPECT_EQ(QuoteAdvisor::minutesToReach(1000, 1200, 1000), 1200);
}
