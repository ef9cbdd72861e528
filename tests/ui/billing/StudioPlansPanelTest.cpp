// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/StudioPlansPanel.h"

#include "BillingTestSupport.h"
#include "UiTestSupport.h"
#include "billing/BillingSettingsPanel.h"
#include "billing/PlanEditorDialog.h"
#include "billing/PlanHistoryModel.h"
#include "billing/PlanService.h"
#include "billing/PlanTermsEditor.h"
#include "shell/StudioSession.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>

using namespace mentordesk;

class StudioPlansPanelTest : public test::UiStudioTest
{
protected:
    QList<StoredPlan> offered()
    {
        auto list = PlanService(session().db(), session().clock()).offeredPlans();
        EXPECT_TRUE(list);
        return list ? *list : QList<StoredPlan>{};
    }
};

TEST_F(StudioPlansPanelTest, ListsTheOfferedPlansAndRemovesOne)
{
    HourlyPlan hourly;
    hourly.rateMinor = 9000;
    auto added = PlanService(session().db(), session().clock())
                     .offerPlan(PlanInput{QStringLiteral("Evening rate"), QDate(2026, 1, 1), {}, hourly});
    ASSERT_TRUE(added) << added.error().message.toStdString();
    const qsizetype before = offered().size();
    StudioPlansPanel panel(session());
    ASSERT_EQ(panel.model()->rowCount(), before);
    int row = -1;
    for (int i = 0; i < panel.model()->rowCount(); ++i) {
        if (panel.model()->planAt(i)->meta.id == added->meta.id) {
            row = i;
        }
    }
    ASSERT_GE(row, 0);
    EXPECT_FALSE(panel.removeSelected(false)); // nothing selected
    panel.view()->selectRow(row);
    ASSERT_TRUE(panel.removeSelected(false)) << panel.statusText().toStdString();
    EXPECT_EQ(offered().size(), before - 1);
    EXPECT_EQ(panel.model()->rowCount(), before - 1);
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("Evening rate")));
}

TEST_F(StudioPlansPanelTest, PlanEditorWithoutEnrollmentOffersAStudioPlan)
{
    const qsizetype before = offered().size();
    PlanEditorDialog dialog(session(), Id());
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Studio Plan"));
    EXPECT_EQ(dialog.history()->rowCount(), before);
    dialog.setKind(PlanKind::Hourly);
    auto* rate = qobject_cast<QLineEdit*>(dialog.editor(PlanKind::Hourly)->fieldWidget(QStringLiteral("rate")));
    ASSERT_NE(rate, nullptr);
    rate->setText(QStringLiteral("-3"));
    dialog.labelEdit()->setText(QStringLiteral("Weekend rate"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorField().endsWith(QStringLiteral("rate"))) << dialog.errorField().toStdString();
    EXPECT_EQ(offered().size(), before);
    rate->setText(QStringLiteral("70"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const QList<StoredPlan> after = offered();
    ASSERT_EQ(after.size(), before + 1);
    const auto it = std::find_if(after.cbegin(), after.cend(),
                                 [](const StoredPlan& p) { return p.plan.label == QStringLiteral("Weekend rate"); });
    ASSERT_NE(it, after.cend());
    EXPECT_TRUE(it->enrollmentId.isEmpty());
}

TEST_F(StudioPlansPanelTest, SettingsTabShowsTheStudioPlans)
{
    BillingSettingsPanel settings(session());
    settings.resize(900, 1100);
    auto* panel = settings.findChild<StudioPlansPanel*>();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->model()->rowCount(), offered().size());
    test::expectFitsAndShoot(settings, QStringLiteral("billing-settings-studio-plans"));
}
