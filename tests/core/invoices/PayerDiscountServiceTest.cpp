// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PayerDiscountService.h"

#include "BillingFixture.h"
#include "TestStudio.h"
#include "billing/BillingRun.h"
#include "billing/PlanService.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk::test {

class PayerDiscountServiceTest : public StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        f = std::make_unique<BillingFixture>(db(), clock());
        payer = f->payer(QStringLiteral("Anna Schmidt"));
        other = f->payer(QStringLiteral("Chen Wei"));
        const Id mentor = f->mentor(QStringLiteral("Alice Tan"));
        enrollment = f->enrollment(f->learner(QStringLiteral("Ben Schmidt"), payer), mentor);
        HourlyPlan hourly;
        hourly.rateMinor = 10000;
        planId = f->plan(enrollment, QDate(2026, 3, 1), hourly);
        f->lesson(enrollment, QDate(2026, 3, 2), 60);
    }
    QList<qint64> billedAmounts()
    {
        auto r = BillingRun(db(), clock()).run(QStringLiteral("2026-03"), true);
        EXPECT_TRUE(r) << r.error().message.toStdString();
        QList<qint64> out;
        for (const DraftLine& l : r && !r->drafts.isEmpty() ? r->drafts.first().lines : QList<DraftLine>{}) {
            out.append(l.line.amountMinor);
        }
        return out;
    }

    std::unique_ptr<BillingFixture> f;
    Id payer, other, enrollment, planId;
};

TEST_F(PayerDiscountServiceTest, ListsOnlyThePayersLiveDiscounts)
{
    PayerDiscountService service(db(), clock());
    auto mine = service.add(payer, QStringLiteral("Family"), true, 1000);
    ASSERT_TRUE(mine) << mine.error().message.toStdString();
    ASSERT_TRUE(service.add(other, QStringLiteral("Loyalty"), false, 500));
    ASSERT_TRUE(PlanService(db(), clock()).addDiscount({}, planId, QStringLiteral("Plan discount"), true, 500));
    auto list = service.discountsOf(payer);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().meta.id, mine->meta.id);
    EXPECT_EQ(list->first().label, QStringLiteral("Family"));
    auto none = service.discountsOf(Id());
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(PayerDiscountServiceTest, ARemovedDiscountIsNoLongerBilledAndIsAudited)
{
    PayerDiscountService service(db(), clock());
    auto d = service.add(payer, QStringLiteral("Family"), true, 1000);
    ASSERT_TRUE(d);
    EXPECT_EQ(billedAmounts(), (QList<qint64>{10000, -1000}));
    ASSERT_TRUE(service.remove(d->meta.id));
    EXPECT_EQ(billedAmounts(), (QList<qint64>{10000}));
    EXPECT_EQ(f->count(QStringLiteral("discounts")), 0);
    auto audit = db().prepare(QStringLiteral("SELECT entity_id FROM audit_log WHERE action = ?"));
    ASSERT_TRUE(audit);
    audit->bind(QStringLiteral("plan.discount.remove"));
    ASSERT_TRUE(audit->exec());
    ASSERT_TRUE(audit->next());
    EXPECT_EQ(audit->text(0), d->meta.id);
    auto again = service.remove(d->meta.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().field, QStringLiteral("id"));
}

TEST_F(PayerDiscountServiceTest, RefusesBadInputAndWritesNothing)
{
    PayerDiscountService service(db(), clock());
    auto planDiscount = PlanService(db(), clock()).addDiscount({}, planId, QStringLiteral("Plan"), true, 500);
    ASSERT_TRUE(planDiscount);
    const qint64 before = f->count(QStringLiteral("discounts"));
    auto removed = service.remove(planDiscount->meta.id); // not a payer discount
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().field, QStringLiteral("id"));
    auto noPayer = service.add(Id(), QStringLiteral("X"), true, 1000);
    ASSERT_FALSE(noPayer);
    EXPECT_EQ(noPayer.error().field, QStringLiteral("payer_id"));
    auto unknown = service.add(QStringLiteral("nobody"), QStringLiteral("X"), true, 1000);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("payer_id"));
    auto tooMuch = service.add(payer, QStringLiteral("X"), true, 10001);
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("value"));
    auto unnamed = service.add(payer, QStringLiteral("  "), false, 100);
    ASSERT_FALSE(unnamed);
    EXPECT_EQ(unnamed.error().field, QStringLiteral("label"));
    EXPECT_EQ(f->count(QStringLiteral("discounts")), before);
}

TEST_F(PayerDiscountServiceTest, AnUnchosenMilestoneOrModuleIsNamed)
{
    ProjectPlan project;
    project.priceMinor = 100000;
    project.milestones = {{QStringLiteral("m1"), QStringLiteral("All"), 0, 10000, QDate()}};
    const Id projectPlan = f->plan(enrollment, QDate(2026, 4, 1), project);
    auto milestone = PlanService(db(), clock()).markMilestoneReached(projectPlan, QString(), QDate(2026, 4, 2));
    ASSERT_FALSE(milestone);
    EXPECT_EQ(milestone.error().field, QStringLiteral("milestone"));
    auto module = PlanService(db(), clock()).startModule(enrollment, QStringLiteral(" "), QDate(2026, 4, 2));
    ASSERT_FALSE(module);
    EXPECT_EQ(module.error().field, QStringLiteral("module"));
    EXPECT_EQ(f->count(QStringLiteral("milestone_states")), 0);
    EXPECT_EQ(f->count(QStringLiteral("module_starts")), 0);
}

TEST_F(PayerDiscountServiceTest, AnUnknownPayerIsAnErrorNotAnEmptyList)
{
    auto list = PayerDiscountService(db(), clock()).discountsOf(QStringLiteral("no-such-payer"));
    ASSERT_FALSE(list);
    EXPECT_EQ(list.error().field, QStringLiteral("payer_id"));
}

TEST_F(PayerDiscountServiceTest, OnlyAccountsThatManagePlansRemoveADiscount)
{
    auto added = PayerDiscountService(db(), clock()).add(payer, QStringLiteral("Family"), true, 1000);
    ASSERT_TRUE(added);
    db().setActor(
        {QStringLiteral("acc-mentor"), QStringLiteral("mia"), Role::Mentor, f->mentor(QStringLiteral("Mia"))});
    auto removed = PayerDiscountService(db(), clock()).remove(added->meta.id);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code, ErrorCode::Refused);
    EXPECT_FALSE(PayerDiscountService(db(), clock()).discountsOf(payer)) << "a mentor sees no studio money";
    db().setActor({QStringLiteral("acc-owner"), QStringLiteral("olga"), Role::Owner, {}});
    auto list = PayerDiscountService(db(), clock()).discountsOf(payer);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->size(), 1) << "the refused removal changed nothing";
}

} // namespace mentordesk::test
