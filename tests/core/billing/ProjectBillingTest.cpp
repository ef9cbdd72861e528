// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ProjectBilling.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

ProjectPlan percents(qint64 price, const QList<qint64>& bps)
{
    ProjectPlan p;
    p.priceMinor = price;
    p.split = ProjectPlan::Split::Percents;
    for (qsizetype i = 0; i < bps.size(); ++i) {
        p.milestones.append(ProjectPlan::Milestone{QStringLiteral("m%1").arg(i + 1),
                                                   QStringLiteral("Milestone %1").arg(i + 1), 0, bps[i], QDate()});
    }
    return p;
}

QList<qint64> allocated(const ProjectPlan& p)
{
    auto a = ProjectBilling::allocate(p);
    EXPECT_TRUE(a.has_value());
    return a.value_or(QList<qint64>{});
}

} // namespace

TEST(ProjectBillingTest, PercentMilestonesSumToThePriceExactly)
{
    EXPECT_EQ(allocated(percents(100000, {3000, 3000, 4000})), (QList<qint64>{30000, 30000, 40000}));
    // Thirds of 100.00: the last milestone absorbs the remainder.
    EXPECT_EQ(allocated(percents(10000, {3333, 3333, 3334})), (QList<qint64>{3333, 3333, 3334}));
    // Thirds of 1,000 JPY: cumulative 333.3 → 333, 666.6 → 667, 1000 → 333, 334, 333.
    EXPECT_EQ(allocated(percents(1000, {3333, 3333, 3334})), (QList<qint64>{333, 334, 333}));
}

TEST(ProjectBillingTest, CumulativeRoundingNeverGoesNegative)
{
    // Four quarters of 0.02: rounding each quarter (0.5 → 1) would give 1, 1, 1 and −1 for the last.
    // Cumulative rounding gives 1, 0, 1, 0.
    const QList<qint64> a = allocated(percents(2, {2500, 2500, 2500, 2500}));
    EXPECT_EQ(a, (QList<qint64>{1, 0, 1, 0}));
}

TEST(ProjectBillingTest, AmountMilestonesAreTakenAsGiven)
{
    ProjectPlan p;
    p.priceMinor = 150000;
    p.split = ProjectPlan::Split::Amounts;
    p.milestones = {ProjectPlan::Milestone{QStringLiteral("a"), QStringLiteral("Kick-off"), 50000, 0, QDate()},
                    ProjectPlan::Milestone{QStringLiteral("b"), QStringLiteral("Delivery"), 100000, 0, QDate()}};
    EXPECT_EQ(allocated(p), (QList<qint64>{50000, 100000}));
}

TEST(ProjectBillingTest, BillsMilestonesReachedOrDue)
{
    ProjectPlan terms = percents(100000, {2000, 3000, 5000});
    terms.milestones[1].dueDate = QDate(2026, 4, 30);
    terms.milestones[2].dueDate = QDate(2026, 6, 30);
    ProjectBillingInput in;
    in.asOf = QDate(2026, 5, 1);
    in.states = {MilestoneState{QStringLiteral("m1"), QDate(2026, 3, 15), false},
                 MilestoneState{QStringLiteral("m2"), QDate(2026, 5, 20), false}};
    auto r = ProjectBilling::due(makePlan(terms), in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 2);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::Milestone);
    EXPECT_EQ(r->lines[0].amountMinor, 20000);
    EXPECT_EQ(r->lines[0].args.date, QDate(2026, 3, 15));
    EXPECT_EQ(r->lines[0].args.label, QStringLiteral("Milestone 1"));
    EXPECT_EQ(r->lines[0].args.shareBp, 2000);
    EXPECT_EQ(r->lines[0].sourceKind, PriceLine::Source::Milestone);
    EXPECT_EQ(r->lines[0].sourceId, QStringLiteral("m1"));
    EXPECT_EQ(r->lines[1].amountMinor, 30000); // due 04-30, reached later (after asOf): billed on its date
    EXPECT_EQ(r->lines[1].args.date, QDate(2026, 4, 30));
    EXPECT_EQ(r->unbilledMinor, 50000);
    EXPECT_EQ(r->billedMilestoneIds, (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
}

TEST(ProjectBillingTest, NeverBillsAMilestoneTwice)
{
    ProjectBillingInput in;
    in.asOf = QDate(2026, 5, 1);
    in.states = {MilestoneState{QStringLiteral("m1"), QDate(2026, 3, 15), true}};
    auto r = ProjectBilling::due(makePlan(percents(100000, {5000, 5000})), in);
    MD_ASSERT_OK(r);
    EXPECT_TRUE(r->lines.isEmpty());
    EXPECT_EQ(r->unbilledMinor, 50000);
}

TEST(ProjectBillingTest, RejectsInvalidPlansNamingTheField)
{
    MD_EXPECT_INVALID(percents(100000, {3000, 3000, 3000}).validate(), "milestones");
    MD_EXPECT_INVALID(percents(100000, {5000, 5000, 0}).validate(), "milestones[2].percent");
    MD_EXPECT_INVALID(percents(100000, {}).validate(), "milestones");
    MD_EXPECT_INVALID(percents(-1, {10000}).validate(), "price");
    ProjectPlan dup = percents(100000, {5000, 5000});
    dup.milestones[1].id = dup.milestones[0].id;
    MD_EXPECT_INVALID(dup.validate(), "milestones[1].id");
    ProjectPlan unnamed = percents(100000, {10000});
    unnamed.milestones[0].label = QStringLiteral("  ");
    MD_EXPECT_INVALID(unnamed.validate(), "milestones[0].label");
    ProjectPlan amounts = percents(100000, {5000, 5000});
    amounts.split = ProjectPlan::Split::Amounts;
    amounts.milestones[0].amountMinor = 40000;
    amounts.milestones[1].amountMinor = 50000;
    MD_EXPECT_INVALID(amounts.validate(), "milestones");
    amounts.milestones[1].amountMinor = -1;
    MD_EXPECT_INVALID(amounts.validate(), "milestones[1].amount");

    ProjectBillingInput in;
    in.asOf = QDate(2026, 5, 1);
    in.states = {MilestoneState{QStringLiteral("nope"), QDate(), false}};
    MD_EXPECT_INVALID(ProjectBilling::due(makePlan(percents(100000, {10000})), in), "states[0].milestone_id");
    in.states.clear();
    in.asOf = QDate();
    MD_EXPECT_INVALID(ProjectBilling::due(makePlan(percents(100000, {10000})), in), "as_of");
    in.asOf = QDate(2026, 5, 1);
    MD_EXPECT_INVALID(ProjectBilling::due(makePlan(percents(100000, {9000})), in), "plan.milestones");
    MD_EXPECT_INVALID(ProjectBilling::due(makePlan(hourlyTerms(100)), in), "plan.kind");
}
