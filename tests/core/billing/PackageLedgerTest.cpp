// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PackageLedger.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

class PackageLedgerTest : public ::testing::Test
{
protected:
    /// "10 hours for 900.00", valid 90 days, warn at 2 h left.
    static PackagePlan tenHours(PackagePlan::WhenExhausted when = PackagePlan::WhenExhausted::NeedNewPackage)
    {
        PackagePlan p;
        p.priceMinor = 90000;
        p.minutes = 600;
        p.validityDays = 90;
        p.lowBalanceMinutes = 120;
        p.whenExhausted = when;
        p.overageRateMinor = 10000;
        return p;
    }

    Result<PackageLedgerResult> run(const PackagePlan& terms, QList<PackagePurchase> packages,
                                    QList<BillableLesson> lessons, QDate asOf = QDate(2026, 3, 31))
    {
        PackageLedgerInput in;
        in.packages = std::move(packages);
        in.lessons = std::move(lessons);
        in.asOf = asOf;
        return PackageLedger::run(makePlan(terms), rules, in);
    }

    static QList<BillableLesson> hours(QDate first, int count, int minutes = 60)
    {
        QList<BillableLesson> out;
        for (int i = 0; i < count; ++i) {
            out.append(
                heldLesson(QStringLiteral("l%1").arg(i + 1, 2, 10, QLatin1Char('0')), first.addDays(i), minutes));
        }
        return out;
    }

    AttendanceRules rules;
};

} // namespace

TEST_F(PackageLedgerTest, PurchaseValidityCountsThePurchaseDay)
{
    const PackagePurchase p = PackagePurchase::fromPlan(tenHours(), QStringLiteral("p1"), QDate(2026, 1, 1));
    EXPECT_EQ(p.validUntil, QDate(2026, 3, 31)); // 90 days: Jan 1 … Mar 31
    EXPECT_EQ(p.minutes, 600);
    EXPECT_EQ(p.priceMinor, 90000);
    PackagePlan noExpiry = tenHours();
    noExpiry.validityDays = 0;
    EXPECT_FALSE(PackagePurchase::fromPlan(noExpiry, QStringLiteral("p"), QDate(2026, 1, 1)).validUntil.isValid());
}

TEST_F(PackageLedgerTest, DrawsHeldLessonsAndWarnsOnLowBalance)
{
    const PackagePurchase p = PackagePurchase::fromPlan(tenHours(), QStringLiteral("p1"), QDate(2026, 3, 1));
    auto r = run(tenHours(), {p}, hours(QDate(2026, 3, 2), 8));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 9);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::PackagePurchase);
    EXPECT_EQ(r->lines[0].amountMinor, 90000);
    EXPECT_EQ(r->lines[0].sourceKind, PriceLine::Source::Package);
    EXPECT_EQ(r->lines[0].sourceId, QStringLiteral("p1"));
    const PriceLine& last = r->lines.last();
    EXPECT_EQ(last.kind, PriceLine::Kind::PackageDraw);
    EXPECT_EQ(last.amountMinor, 0);
    EXPECT_EQ(last.quantity, 60);
    EXPECT_EQ(last.args.packageId, QStringLiteral("p1"));
    EXPECT_EQ(last.args.remainingMinutes, 120);
    EXPECT_EQ(last.sourceId, QStringLiteral("l08"));
    EXPECT_EQ(r->draws.size(), 8);
    EXPECT_EQ(r->remainingMinutes, 120);
    EXPECT_TRUE(r->lowBalance);
    EXPECT_FALSE(r->exhausted);
    EXPECT_FALSE(r->newPackageNeeded);
    EXPECT_EQ(totalOf(r->lines), 90000);
}

TEST_F(PackageLedgerTest, BilledPurchaseIsNotBilledAgainAndUsageCarries)
{
    PackagePurchase p = PackagePurchase::fromPlan(tenHours(), QStringLiteral("p1"), QDate(2026, 3, 1));
    p.billed = true;
    p.usedMinutes = 300;
    auto r = run(tenHours(), {p}, hours(QDate(2026, 3, 20), 2));
    MD_ASSERT_OK(r);
    EXPECT_TRUE(linesOfKind(r->lines, PriceLine::Kind::PackagePurchase).isEmpty());
    EXPECT_EQ(r->remainingMinutes, 180);
    EXPECT_FALSE(r->lowBalance);
}

TEST_F(PackageLedgerTest, DrawsFirstToExpireFirstAndSpansPackages)
{
    PackagePurchase later = PackagePurchase::fromPlan(tenHours(), QStringLiteral("later"), QDate(2026, 2, 1));
    PackagePurchase sooner = PackagePurchase::fromPlan(tenHours(), QStringLiteral("sooner"), QDate(2026, 1, 10));
    sooner.usedMinutes = 570; // 30 min left
    sooner.billed = later.billed = true;
    auto r = run(tenHours(), {later, sooner}, {heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), 60)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->draws.size(), 2);
    EXPECT_EQ(r->draws[0].packageId, QStringLiteral("sooner"));
    EXPECT_EQ(r->draws[0].minutes, 30);
    EXPECT_EQ(r->draws[1].packageId, QStringLiteral("later"));
    EXPECT_EQ(r->draws[1].minutes, 30);
    EXPECT_EQ(r->balances[0].remainingMinutes, 0);
    EXPECT_EQ(r->balances[1].remainingMinutes, 570);
}

TEST_F(PackageLedgerTest, ExpiredPackageIsNotDrawnAndItsBalanceIsForfeited)
{
    PackagePurchase old = PackagePurchase::fromPlan(tenHours(), QStringLiteral("old"), QDate(2025, 12, 1));
    old.billed = true; // valid until 2026-02-28
    PackagePurchase fresh = PackagePurchase::fromPlan(tenHours(), QStringLiteral("fresh"), QDate(2026, 3, 1));
    fresh.billed = true;
    auto r = run(tenHours(), {old, fresh},
                 {heldLesson(QStringLiteral("feb"), QDate(2026, 2, 28), 60),
                  heldLesson(QStringLiteral("mar"), QDate(2026, 3, 1), 60)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->draws.size(), 2);
    EXPECT_EQ(r->draws[0].packageId, QStringLiteral("old")); // still valid on its last day
    EXPECT_EQ(r->draws[1].packageId, QStringLiteral("fresh"));
    EXPECT_TRUE(r->balances[0].expired);
    EXPECT_EQ(r->expiredMinutes, 540);
    EXPECT_EQ(r->remainingMinutes, 540);
}

TEST_F(PackageLedgerTest, ExhaustedPackageWaitsForANewOne)
{
    PackagePurchase p = PackagePurchase::fromPlan(tenHours(), QStringLiteral("p1"), QDate(2026, 3, 1));
    p.billed = true;
    p.usedMinutes = 550; // 50 left: not enough for the 60-min lesson, enough for the 30-min one after it
    auto r = run(tenHours(), {p},
                 {heldLesson(QStringLiteral("a"), QDate(2026, 3, 2), 60),
                  heldLesson(QStringLiteral("b"), QDate(2026, 3, 3), 30)});
    MD_ASSERT_OK(r);
    EXPECT_TRUE(r->lines.isEmpty());
    EXPECT_TRUE(r->draws.isEmpty());
    EXPECT_EQ(r->uncoveredLessonIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(r->uncoveredMinutes, 90);
    EXPECT_TRUE(r->newPackageNeeded);
    EXPECT_EQ(r->remainingMinutes, 50);

    // A new package bought later covers the waiting lessons in order, using the old balance first.
    PackagePurchase next = PackagePurchase::fromPlan(tenHours(), QStringLiteral("p2"), QDate(2026, 3, 10));
    auto after = run(tenHours(), {p, next},
                     {heldLesson(QStringLiteral("a"), QDate(2026, 3, 2), 60),
                      heldLesson(QStringLiteral("b"), QDate(2026, 3, 3), 30)});
    MD_ASSERT_OK(after);
    EXPECT_TRUE(after->uncoveredLessonIds.isEmpty());
    EXPECT_EQ(after->coveredLessonIds.size(), 2);
    EXPECT_EQ(after->remainingMinutes, 560);
    EXPECT_EQ(after->balances[0].remainingMinutes, 0);
    EXPECT_FALSE(after->newPackageNeeded);
}

TEST_F(PackageLedgerTest, ExhaustedPackageBillsOverage)
{
    PackagePurchase p = PackagePurchase::fromPlan(tenHours(PackagePlan::WhenExhausted::BillOverage),
                                                  QStringLiteral("p1"), QDate(2026, 3, 1));
    p.billed = true;
    p.usedMinutes = 550;
    auto r = run(tenHours(PackagePlan::WhenExhausted::BillOverage), {p},
                 {heldLesson(QStringLiteral("a"), QDate(2026, 3, 2), 60),
                  heldLesson(QStringLiteral("b"), QDate(2026, 3, 3), 45)});
    MD_ASSERT_OK(r);
    const auto overage = linesOfKind(r->lines, PriceLine::Kind::Overage);
    ASSERT_EQ(overage.size(), 2);
    EXPECT_EQ(overage[0].quantity, 10);
    EXPECT_EQ(overage[0].amountMinor, 1667); // 10 min at 100/h = 16.666… → 16.67
    EXPECT_EQ(overage[0].sourceId, QStringLiteral("a"));
    EXPECT_EQ(overage[1].quantity, 45);
    EXPECT_EQ(overage[1].amountMinor, 7500);
    EXPECT_EQ(r->remainingMinutes, 0);
    EXPECT_TRUE(r->exhausted);
    EXPECT_FALSE(r->newPackageNeeded);
    EXPECT_EQ(r->coveredLessonIds.size(), 2);
}

TEST_F(PackageLedgerTest, AttendanceAndRoundingDecideTheMinutesDrawn)
{
    rules.lateCancelPercentBp = 5000;
    PackagePlan terms = tenHours();
    terms.rounding = RoundingRule{15, RoundingDirection::Up};
    PackagePurchase p = PackagePurchase::fromPlan(terms, QStringLiteral("p1"), QDate(2026, 3, 20));
    p.billed = true;
    auto r =
        run(terms, {p},
            {heldLesson(QStringLiteral("before-purchase"), QDate(2026, 3, 2), 50),
             lessonWithStatus(QStringLiteral("late"), QDate(2026, 3, 3), 60, BillableStatus::LateCancel),
             lessonWithStatus(QStringLiteral("mentor"), QDate(2026, 3, 4), 60, BillableStatus::CancelledByMentor)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->draws.size(), 2);
    EXPECT_EQ(r->draws[0].minutes, 60); // 50 → 60, and a package can cover a lesson before its purchase
    EXPECT_EQ(r->draws[1].minutes, 30); // half of a 60-min late cancellation
    EXPECT_EQ(r->lines[1].args.attendance, BillableStatus::LateCancel);
    EXPECT_EQ(r->unbilledLessonIds, QStringList{QStringLiteral("mentor")});
    EXPECT_EQ(r->remainingMinutes, 510);
}

TEST_F(PackageLedgerTest, LessonRoundedToZeroIsLinkedWithoutDrawing)
{
    PackagePlan terms = tenHours();
    terms.rounding = RoundingRule{15, RoundingDirection::Down};
    PackagePurchase p = PackagePurchase::fromPlan(terms, QStringLiteral("p1"), QDate(2026, 3, 1));
    p.billed = true;
    auto r = run(terms, {p}, {heldLesson(QStringLiteral("short"), QDate(2026, 3, 2), 10)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 1);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::PackageDraw);
    EXPECT_EQ(r->lines[0].quantity, 0);
    EXPECT_EQ(r->coveredLessonIds, QStringList{QStringLiteral("short")});
    EXPECT_TRUE(r->draws.isEmpty());
}

TEST_F(PackageLedgerTest, RejectsInvalidInputNamingTheField)
{
    const PackagePurchase p = PackagePurchase::fromPlan(tenHours(), QStringLiteral("p1"), QDate(2026, 3, 1));
    MD_EXPECT_INVALID(run(tenHours(), {p, p}, {}), "packages[1].id");
    PackagePurchase bad = p;
    bad.usedMinutes = 601;
    MD_EXPECT_INVALID(run(tenHours(), {bad}, {}), "packages[0].used_minutes");
    bad = p;
    bad.minutes = 0;
    MD_EXPECT_INVALID(run(tenHours(), {bad}, {}), "packages[0].minutes");
    bad = p;
    bad.purchasedOn = QDate();
    MD_EXPECT_INVALID(run(tenHours(), {bad}, {}), "packages[0].purchased_on");
    bad = p;
    bad.priceMinor = -1;
    MD_EXPECT_INVALID(run(tenHours(), {bad}, {}), "packages[0].price");
    MD_EXPECT_INVALID(run(tenHours(), {p}, {}, QDate()), "as_of");
    PackagePlan terms = tenHours();
    terms.lowBalanceMinutes = 601;
    MD_EXPECT_INVALID(run(terms, {p}, {}), "plan.low_balance_minutes");
    terms = tenHours();
    terms.minutes = 0;
    MD_EXPECT_INVALID(run(terms, {p}, {}), "plan.minutes");
    terms = tenHours();
    terms.validityDays = -1;
    MD_EXPECT_INVALID(run(terms, {p}, {}), "plan.validity_days");
    terms = tenHours();
    terms.overageRateMinor = -1;
    MD_EXPECT_INVALID(run(terms, {p}, {}), "plan.overage_rate");
    PackageLedgerInput in;
    in.asOf = QDate(2026, 3, 1);
    MD_EXPECT_INVALID(PackageLedger::run(makePlan(hourlyTerms(100)), rules, in), "plan.kind");
}
