// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/DiscountApplier.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

PriceLine line(qint64 amount, const char* taxRate, const char* plan = "plan-a")
{
    PriceLine l;
    l.kind = PriceLine::Kind::Lesson;
    l.amountMinor = amount;
    l.taxRateId = QString::fromLatin1(taxRate);
    l.planId = QString::fromLatin1(plan);
    return l;
}

Discount percent(const char* id, qint64 bp, Discount::Scope scope = Discount::Scope::Payer, const char* plan = "")
{
    return Discount{QString::fromLatin1(id),
                    QStringLiteral("Discount %1").arg(QString::fromLatin1(id)),
                    Discount::Kind::Percent,
                    bp,
                    scope,
                    QString::fromLatin1(plan)};
}

Discount fixed(const char* id, qint64 amount)
{
    return Discount{QString::fromLatin1(id), QStringLiteral("Voucher"),
                    Discount::Kind::Fixed,   amount,
                    Discount::Scope::Payer,  QString()};
}

} // namespace

TEST(DiscountApplierTest, PercentDiscountIsOneLinePerTaxRate)
{
    const QList<PriceLine> lines = {line(10000, "vat"), line(5000, "vat"), line(3333, "reduced")};
    auto r = DiscountApplier::apply(lines, {percent("family", 1000)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ((*r)[0].kind, PriceLine::Kind::Discount);
    EXPECT_EQ((*r)[0].taxRateId, QStringLiteral("vat"));
    EXPECT_EQ((*r)[0].amountMinor, -1500);
    EXPECT_EQ((*r)[0].unitPriceMinor, -1500);
    EXPECT_EQ((*r)[0].args.shareBp, 1000);
    EXPECT_EQ((*r)[0].args.label, QStringLiteral("Discount family"));
    EXPECT_EQ((*r)[0].sourceKind, PriceLine::Source::Discount);
    EXPECT_EQ((*r)[0].sourceId, QStringLiteral("family"));
    EXPECT_TRUE((*r)[0].planId.isEmpty());
    EXPECT_EQ((*r)[1].taxRateId, QStringLiteral("reduced"));
    EXPECT_EQ((*r)[1].amountMinor, -333); // 333.3 → 333
}

TEST(DiscountApplierTest, PlanDiscountsComeFirstAndPayerDiscountsCompound)
{
    const QList<PriceLine> lines = {line(10000, "vat", "plan-a"), line(10000, "vat", "plan-b")};
    // Listed payer first: plan discounts still apply first. Plan A −10 % = −1000; the payer's 10 % then
    // applies to 9000 + 10000 = 19000 → −1900.
    auto r =
        DiscountApplier::apply(lines, {percent("payer", 1000), percent("plan", 1000, Discount::Scope::Plan, "plan-a")});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ((*r)[0].sourceId, QStringLiteral("plan"));
    EXPECT_EQ((*r)[0].planId, QStringLiteral("plan-a"));
    EXPECT_EQ((*r)[0].amountMinor, -1000);
    EXPECT_EQ((*r)[1].sourceId, QStringLiteral("payer"));
    EXPECT_EQ((*r)[1].amountMinor, -1900);
}

TEST(DiscountApplierTest, FixedDiscountIsSpreadExactlyOverTaxRates)
{
    const QList<PriceLine> lines = {line(10000, "vat"), line(5000, "reduced")};
    auto r = DiscountApplier::apply(lines, {fixed("voucher", 1000)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ((*r)[0].amountMinor, -667); // 1000 × 10000 / 15000 = 666.6… → 667
    EXPECT_EQ((*r)[1].amountMinor, -333);
    EXPECT_EQ(totalOf(*r), -1000);
    EXPECT_EQ((*r)[1].args.shareBp, 0);
}

TEST(DiscountApplierTest, NeverTakesTheTotalBelowZero)
{
    const QList<PriceLine> lines = {line(10000, "vat"), line(500, "reduced")};
    auto r = DiscountApplier::apply(lines, {fixed("big", 50000), percent("more", 5000)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->size(), 2); // the fixed one takes everything; the percent has nothing left to reduce
    QList<PriceLine> all = lines;
    all.append(*r);
    EXPECT_EQ(totalOf(all), 0);
    auto full = DiscountApplier::apply(lines, {percent("all", 10000)});
    MD_ASSERT_OK(full);
    all = lines;
    all.append(*full);
    EXPECT_EQ(totalOf(all), 0);
}

TEST(DiscountApplierTest, LeavesNegativeTaxGroupsAlone)
{
    const QList<PriceLine> lines = {line(10000, "vat"), line(-2000, "reduced")};
    auto r = DiscountApplier::apply(lines, {percent("p", 1000)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ((*r)[0].taxRateId, QStringLiteral("vat"));
    EXPECT_EQ((*r)[0].amountMinor, -1000);
}

TEST(DiscountApplierTest, PlanDiscountIgnoresOtherPlans)
{
    auto r =
        DiscountApplier::apply({line(10000, "vat", "plan-b")}, {percent("p", 1000, Discount::Scope::Plan, "plan-a")});
    MD_ASSERT_OK(r);
    EXPECT_TRUE(r->isEmpty());
}

TEST(DiscountApplierTest, RejectsInvalidDiscountsNamingTheField)
{
    const QList<PriceLine> lines = {line(10000, "vat")};
    MD_EXPECT_INVALID(DiscountApplier::apply(lines, {percent("p", 0)}), "discounts[0].value");
    MD_EXPECT_INVALID(DiscountApplier::apply(lines, {percent("p", 10001)}), "discounts[0].value");
    MD_EXPECT_INVALID(DiscountApplier::apply(lines, {fixed("f", 0)}), "discounts[0].value");
    MD_EXPECT_INVALID(DiscountApplier::apply(lines, {percent("p", 100, Discount::Scope::Plan)}),
                      "discounts[0].plan_id");
    MD_EXPECT_INVALID(DiscountApplier::apply(lines, {percent("p", 100), percent("p", 200)}), "discounts[1].id");
    Discount unnamed = percent("p", 100);
    unnamed.label.clear();
    MD_EXPECT_INVALID(DiscountApplier::apply(lines, {unnamed}), "discounts[0].label");
    Discount noId = percent("", 100);
    MD_EXPECT_INVALID(DiscountApplier::apply(lines, {noId}), "discounts[0].id");
}
