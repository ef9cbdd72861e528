// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ModuleBilling.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {
ModulePlan threeModules()
{
    ModulePlan p;
    p.defaultPriceMinor = 20000;
    p.modules = {ModulePlan::Module{QStringLiteral("basics"), QStringLiteral("Basics"), 1, 600, 15000},
                 ModulePlan::Module{QStringLiteral("loops"), QStringLiteral("Loops"), 2, 600, std::nullopt},
                 ModulePlan::Module{QStringLiteral("project"), QStringLiteral("Project"), 3, 600, 30000}};
    return p;
}
} // namespace

TEST(ModuleBillingTest, BillsStartedModulesInCourseOrder)
{
    ModuleBillingInput in;
    in.asOf = QDate(2026, 4, 30);
    in.starts = {ModuleStart{QStringLiteral("loops"), QDate(2026, 4, 10), false},
                 ModuleStart{QStringLiteral("basics"), QDate(2026, 3, 1), false},
                 ModuleStart{QStringLiteral("project"), QDate(2026, 5, 2), false}};
    auto r = ModuleBilling::due(makePlan(threeModules()), in);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->lines.size(), 2);
    EXPECT_EQ(r->lines[0].kind, PriceLine::Kind::Module);
    EXPECT_EQ(r->lines[0].sourceId, QStringLiteral("basics"));
    EXPECT_EQ(r->lines[0].amountMinor, 15000);
    EXPECT_EQ(r->lines[0].args.label, QStringLiteral("Basics"));
    EXPECT_EQ(r->lines[0].args.date, QDate(2026, 3, 1));
    EXPECT_EQ(r->lines[1].sourceId, QStringLiteral("loops"));
    EXPECT_EQ(r->lines[1].amountMinor, 20000); // the plan's default price
    EXPECT_EQ(r->lines[1].sourceKind, PriceLine::Source::Module);
    EXPECT_EQ(r->billedModuleIds, (QStringList{QStringLiteral("basics"), QStringLiteral("loops")}));
}

TEST(ModuleBillingTest, SkipsModulesAlreadyBilled)
{
    ModuleBillingInput in;
    in.asOf = QDate(2026, 4, 30);
    in.starts = {ModuleStart{QStringLiteral("basics"), QDate(2026, 3, 1), true}};
    auto r = ModuleBilling::due(makePlan(threeModules()), in);
    MD_ASSERT_OK(r);
    EXPECT_TRUE(r->lines.isEmpty());
}

TEST(ModuleBillingTest, RejectsInvalidInputNamingTheField)
{
    ModulePlan noPrice = threeModules();
    noPrice.defaultPriceMinor.reset();
    MD_EXPECT_INVALID(noPrice.validate(), "modules[1].price");
    ModulePlan samePosition = threeModules();
    samePosition.modules[2].position = 1;
    MD_EXPECT_INVALID(samePosition.validate(), "modules[2].position");
    ModulePlan sameId = threeModules();
    sameId.modules[1].moduleId = QStringLiteral("basics");
    MD_EXPECT_INVALID(sameId.validate(), "modules[1].module_id");
    ModulePlan negative = threeModules();
    negative.modules[0].priceMinor = -1;
    MD_EXPECT_INVALID(negative.validate(), "modules[0].price");
    MD_EXPECT_INVALID(ModulePlan{}.validate(), "modules");

    ModuleBillingInput in;
    in.asOf = QDate(2026, 4, 30);
    in.starts = {ModuleStart{QStringLiteral("unknown"), QDate(2026, 3, 1), false}};
    MD_EXPECT_INVALID(ModuleBilling::due(makePlan(threeModules()), in), "starts[0].module_id");
    in.starts = {ModuleStart{QStringLiteral("basics"), QDate(), false}};
    MD_EXPECT_INVALID(ModuleBilling::due(makePlan(threeModules()), in), "starts[0].started_on");
    in.starts = {ModuleStart{QStringLiteral("basics"), QDate(2026, 3, 1), false},
                 ModuleStart{QStringLiteral("basics"), QDate(2026, 3, 2), false}};
    MD_EXPECT_INVALID(ModuleBilling::due(makePlan(threeModules()), in), "starts[1].module_id");
    in.starts.clear();
    MD_EXPECT_INVALID(ModuleBilling::due(makePlan(noPrice), in), "plan.modules[1].price");
    MD_EXPECT_INVALID(ModuleBilling::due(makePlan(hourlyTerms(100)), in), "plan.kind");
    in.asOf = QDate();
    MD_EXPECT_INVALID(ModuleBilling::due(makePlan(threeModules()), in), "as_of");
}
