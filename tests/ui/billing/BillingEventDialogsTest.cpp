// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingTestSupport.h"
#include "UiTestSupport.h"
#include "billing/BuyPackageDialog.h"
#include "billing/EnrollmentEventActions.h"
#include "billing/MilestoneReachedDialog.h"
#include "billing/ModuleStartedDialog.h"
#include "billing/PlanService.h"
#include "courses/CourseService.h"
#include "courses/EnrollmentService.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QComboBox>
#include <QDateEdit>
#include <QMenu>

using namespace mentordesk;

class BillingEventDialogsTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        test::UiStudioTest::SetUp();
        auto page = EnrollmentService(session().db(), session().clock()).list({}, {0, 1000});
        ASSERT_TRUE(page);
        for (const Enrollment& e : page->items) {
            if (e.courseId.isEmpty()) {
                continue;
            }
            auto course = CourseService(session().db(), session().clock()).get(e.courseId);
            if (course && course->modules.size() >= 2) {
                m_enrollment = e.meta.id;
                m_modules = course->modules;
                break;
            }
        }
        ASSERT_FALSE(m_enrollment.isEmpty()) << "the demo has an enrollment in a course with modules";
    }
    StoredPlan setPlan(const Plan::Terms& terms, const QString& label)
    {
        auto stored = PlanService(session().db(), session().clock())
                          .setPlan(m_enrollment, PlanInput{label, QDate(2026, 11, 16), {}, terms});
        EXPECT_TRUE(stored) << stored.error().message.toStdString();
        return stored ? *stored : StoredPlan{};
    }
    StoredPlan setPackagePlan()
    {
        PackagePlan p;
        p.priceMinor = 50000;
        p.minutes = 600;
        p.validityDays = 180;
        return setPlan(p, QStringLiteral("Ten hours"));
    }
    StoredPlan setProjectPlan()
    {
        ProjectPlan p;
        p.priceMinor = 100000;
        p.split = ProjectPlan::Split::Percents;
        p.milestones = {{QStringLiteral("m1"), QStringLiteral("Design"), 0, 4000, {}},
                        {QStringLiteral("m2"), QStringLiteral("Build"), 0, 6000, {}}};
        return setPlan(p, QStringLiteral("Website project"));
    }
    StoredPlan setModulePlan()
    {
        ModulePlan p;
        p.defaultPriceMinor = 20000;
        return setPlan(p, QStringLiteral("Per module"));
    }
    qint64 count(const char* table)
    {
        auto s = Query::run(
            session().db(),
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted_at IS NULL").arg(QString::fromLatin1(table)));
        EXPECT_TRUE(s && s->next());
        return s ? s->integer(0) : -1;
    }
    QAction* action(QMenu& menu, const char* name) { return menu.findChild<QAction*>(QString::fromLatin1(name)); }

    Id m_enrollment;
    QList<CourseModule> m_modules;
};

TEST_F(BillingEventDialogsTest, ActionsAreEnabledOnlyForTheirPlanKind)
{
    setPackagePlan();
    EnrollmentEventActions actions(session(), nullptr);
    QMenu menu;
    actions.addTo(&menu, m_enrollment);
    ASSERT_NE(action(menu, "buyPackageAction"), nullptr);
    EXPECT_TRUE(action(menu, "buyPackageAction")->isEnabled());
    EXPECT_FALSE(action(menu, "milestoneAction")->isEnabled());
    EXPECT_TRUE(action(menu, "milestoneAction")->toolTip().contains(QStringLiteral("project")));
    EXPECT_FALSE(action(menu, "moduleStartAction")->isEnabled());
    EXPECT_TRUE(action(menu, "moduleStartAction")->toolTip().contains(QStringLiteral("per-module")));

    setProjectPlan(); // same day: replaces the package plan
    QMenu second;
    actions.addTo(&second, m_enrollment);
    EXPECT_FALSE(action(second, "buyPackageAction")->isEnabled());
    EXPECT_TRUE(action(second, "milestoneAction")->isEnabled());

    QMenu none;
    actions.addTo(&none, Id());
    EXPECT_FALSE(action(none, "buyPackageAction")->isEnabled());
}

TEST_F(BillingEventDialogsTest, BuyPackageRecordsThePurchaseOfThePlanInForce)
{
    const StoredPlan plan = setPackagePlan();
    const qint64 before = count("package_purchases");
    BuyPackageDialog dialog(session(), m_enrollment);
    EXPECT_EQ(dialog.dateEdit()->date(), QDate(2026, 11, 20));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.purchase());
    EXPECT_EQ(dialog.purchase()->planId, plan.meta.id);
    EXPECT_EQ(dialog.purchase()->minutes, 600);
    EXPECT_EQ(dialog.purchase()->priceMinor, 50000);
    EXPECT_EQ(dialog.purchase()->validUntil, QDate(2027, 5, 18));
    EXPECT_EQ(count("package_purchases"), before + 1);
}

TEST_F(BillingEventDialogsTest, BuyPackageRefusesADayWithoutAPackagePlanAndWritesNothing)
{
    setPackagePlan();
    const qint64 before = count("package_purchases");
    BuyPackageDialog dialog(session(), m_enrollment);
    dialog.dateEdit()->setDate(QDate(2026, 11, 10)); // before the package plan starts
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("date"));
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Bought on:"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("no package plan")));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count("package_purchases"), before);
}

TEST_F(BillingEventDialogsTest, MilestoneDialogListsTheMilestonesAndMarksOneReached)
{
    const StoredPlan plan = setProjectPlan();
    const qint64 before = count("milestone_states");
    MilestoneReachedDialog dialog(session(), m_enrollment);
    EXPECT_EQ(dialog.planId(), plan.meta.id);
    ASSERT_EQ(dialog.milestoneBox()->count(), 3); // "Choose…" and two milestones
    EXPECT_EQ(dialog.milestoneBox()->itemText(1), QStringLiteral("Design (40 %)"));
    dialog.milestoneBox()->setCurrentIndex(2);
    dialog.dateEdit()->setDate(QDate(2026, 11, 18));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    EXPECT_EQ(count("milestone_states"), before + 1);
    auto s = Query::run(session().db(),
                        QStringLiteral("SELECT milestone_id, reached_on FROM milestone_states WHERE "
                                       "plan_id = ? AND deleted_at IS NULL"),
                        plan.meta.id);
    ASSERT_TRUE(s && s->next());
    EXPECT_EQ(s->text(0), QStringLiteral("m2"));
    EXPECT_EQ(s->text(1), QStringLiteral("2026-11-18"));
}

TEST_F(BillingEventDialogsTest, MilestoneDialogNamesTheMilestoneWhenNoneIsChosen)
{
    setProjectPlan();
    const qint64 before = count("milestone_states");
    MilestoneReachedDialog dialog(session(), m_enrollment);
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("milestone"));
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Milestone: Choose the milestone that was reached."));
    EXPECT_EQ(count("milestone_states"), before);
}

TEST_F(BillingEventDialogsTest, ModuleDialogRecordsTheStartOfAModuleOfTheCourse)
{
    setModulePlan();
    const qint64 before = count("module_starts");
    ModuleStartedDialog dialog(session(), m_enrollment);
    ASSERT_EQ(dialog.moduleBox()->count(), m_modules.size() + 1);
    dialog.moduleBox()->setCurrentIndex(2);
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    auto s = Query::run(session().db(),
                        QStringLiteral("SELECT module_id, started_on FROM module_starts WHERE enrollment_id = ? AND "
                                       "deleted_at IS NULL ORDER BY created_at DESC, id"),
                        m_enrollment);
    EXPECT_EQ(count("module_starts"), before + 1);
    ASSERT_TRUE(s && s->next());
    EXPECT_EQ(s->text(0), m_modules.at(1).meta.id);
    EXPECT_EQ(s->text(1), QStringLiteral("2026-11-20"));
}

TEST_F(BillingEventDialogsTest, ModuleDialogNamesTheModuleWhenNoneIsChosen)
{
    setModulePlan();
    const qint64 before = count("module_starts");
    ModuleStartedDialog dialog(session(), m_enrollment);
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("module"));
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Module: Choose the module that started."));
    EXPECT_EQ(count("module_starts"), before);
}

TEST_F(BillingEventDialogsTest, DialogsFitTheirDefaultSize)
{
    setPackagePlan();
    BuyPackageDialog package(session(), m_enrollment);
    test::expectFitsAndShoot(package, QStringLiteral("buy-package-dialog"));
    setProjectPlan();
    MilestoneReachedDialog milestone(session(), m_enrollment);
    milestone.milestoneBox()->setCurrentIndex(1);
    test::expectFitsAndShoot(milestone, QStringLiteral("milestone-dialog"));
    setModulePlan();
    ModuleStartedDialog module(session(), m_enrollment);
    EXPECT_FALSE(module.save()); // shows the inline error
    test::expectFitsAndShoot(module, QStringLiteral("module-started-dialog"));
}
