// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanEditorDialog.h"

#include "BillingTestSupport.h"
#include "UiTestSupport.h"
#include "billing/HourlyPlanEditor.h"
#include "billing/PackagePlanEditor.h"
#include "billing/PlanHistoryModel.h"
#include "billing/PlanRepository.h"
#include "billing/PlanService.h"
#include "billing/ProjectPlanEditor.h"
#include "billing/SubscriptionPlanEditor.h"
#include "courses/EnrollmentService.h"
#include "shell/StudioSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace mentordesk;

class PlanEditorDialogTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        test::UiStudioTest::SetUp();
        auto page = EnrollmentService(session().db(), session().clock()).list({}, {0, 1});
        ASSERT_TRUE(page && !page->items.isEmpty());
        m_enrollment = page->items.first().meta.id;
    }
    QList<StoredPlan> plans()
    {
        auto list = PlanService(session().db(), session().clock()).plans(m_enrollment);
        EXPECT_TRUE(list);
        return list ? *list : QList<StoredPlan>{};
    }
    qsizetype discountCount()
    {
        auto list = PlanRepository(session().db()).discounts();
        EXPECT_TRUE(list);
        return list ? list->size() : -1;
    }
    template <typename T>
    T* field(PlanEditorDialog& dialog, PlanKind kind, const char* key)
    {
        return qobject_cast<T*>(dialog.editor(kind)->fieldWidget(QString::fromLatin1(key)));
    }

    Id m_enrollment;
};

TEST_F(PlanEditorDialogTest, ShowsTheHistoryAndStartsFromTheCurrentPlan)
{
    const QList<StoredPlan> stored = plans();
    ASSERT_FALSE(stored.isEmpty());
    PlanEditorDialog dialog(session(), m_enrollment);
    QAbstractItemModelTester tester(dialog.history(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(dialog.history()->rowCount(), stored.size());
    const StoredPlan* newest = dialog.history()->planAt(0);
    ASSERT_NE(newest, nullptr);
    EXPECT_EQ(dialog.currentEditor()->kind(), newest->plan.kind());
    EXPECT_EQ(dialog.labelEdit()->text(), newest->plan.label);
    EXPECT_FALSE(
        dialog.history()->data(dialog.history()->index(0, PlanHistoryModel::SummaryColumn)).toString().isEmpty());
    EXPECT_EQ(dialog.fromEdit()->date(), QDate(2026, 11, 20)); // today in the studio
}

TEST_F(PlanEditorDialogTest, SavesAnHourlyPlanWithADiscountFromADate)
{
    const qsizetype before = plans().size();
    const qsizetype discounts = discountCount();
    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.setKind(PlanKind::Hourly);
    field<QLineEdit>(dialog, PlanKind::Hourly, "rate")->setText(QStringLiteral("55.50"));
    field<QLineEdit>(dialog, PlanKind::Hourly, "one_off_fee")->setText(QStringLiteral("20"));
    dialog.labelEdit()->setText(QStringLiteral("Winter rate"));
    dialog.fromEdit()->setDate(QDate(2026, 12, 1));
    dialog.discountBox()->setChecked(true);
    dialog.discountLabelEdit()->setText(QStringLiteral("Sibling"));
    dialog.discountValueEdit()->setText(QStringLiteral("10"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.savedPlan());
    const QList<StoredPlan> after = plans();
    EXPECT_EQ(after.size(), before + 1);
    const auto it = std::find_if(after.cbegin(), after.cend(),
                                 [](const StoredPlan& p) { return p.plan.effectiveFrom == QDate(2026, 12, 1); });
    ASSERT_NE(it, after.cend());
    const auto* hourly = std::get_if<HourlyPlan>(&it->plan.terms);
    ASSERT_NE(hourly, nullptr);
    EXPECT_EQ(hourly->rateMinor, 5550);
    EXPECT_EQ(hourly->oneOffFeeMinor, 2000);
    EXPECT_EQ(it->plan.label, QStringLiteral("Winter rate"));
    EXPECT_EQ(discountCount(), discounts + 1);
}

TEST_F(PlanEditorDialogTest, MarksAMalformedRateAndWritesNothing)
{
    const qsizetype before = plans().size();
    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.setKind(PlanKind::Hourly);
    auto* rate = field<QLineEdit>(dialog, PlanKind::Hourly, "rate");
    rate->setText(QStringLiteral("ten"));
    dialog.fromEdit()->setDate(QDate(2026, 12, 1));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("rate"));
    EXPECT_TRUE(rate->property("invalid").toBool());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(plans().size(), before);
    rate->setText(QStringLiteral("-5"));
    EXPECT_FALSE(dialog.save()); // the core refuses a negative rate and names the same field
    EXPECT_EQ(dialog.errorField(), QStringLiteral("rate"));
    EXPECT_EQ(plans().size(), before);
}

TEST_F(PlanEditorDialogTest, CoreErrorOnAMilestoneSelectsItsCell)
{
    const qsizetype before = plans().size();
    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.setKind(PlanKind::Project);
    auto* editor = qobject_cast<ProjectPlanEditor*>(dialog.editor(PlanKind::Project));
    ASSERT_NE(editor, nullptr);
    field<QLineEdit>(dialog, PlanKind::Project, "price")->setText(QStringLiteral("1000"));
    editor->addMilestone(QStringLiteral("Draft"), QStringLiteral("50"), {});
    editor->addMilestone(QStringLiteral("Final"), QStringLiteral("abc"), {});
    dialog.fromEdit()->setDate(QDate(2026, 12, 1));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("milestones[1].percent"));
    EXPECT_EQ(editor->milestonesTable()->currentRow(), 1);
    editor->milestonesTable()->item(1, 1)->setText(QStringLiteral("40"));
    EXPECT_FALSE(dialog.save()); // 50 % + 40 % is not the whole price
    EXPECT_TRUE(dialog.errorField().startsWith(QStringLiteral("milestones"))) << dialog.errorField().toStdString();
    EXPECT_TRUE(editor->milestonesTable()->property("invalid").toBool());
    EXPECT_EQ(plans().size(), before);
    editor->milestonesTable()->item(1, 1)->setText(QStringLiteral("50"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const auto* project = std::get_if<ProjectPlan>(&dialog.savedPlan()->plan.terms);
    ASSERT_NE(project, nullptr);
    ASSERT_EQ(project->milestones.size(), 2);
    EXPECT_EQ(project->milestones.at(1).percentBp, 5000);
}

TEST_F(PlanEditorDialogTest, ABadDiscountRollsThePlanBack)
{
    const qsizetype before = plans().size();
    const qsizetype discounts = discountCount();
    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.setKind(PlanKind::Hourly);
    field<QLineEdit>(dialog, PlanKind::Hourly, "rate")->setText(QStringLiteral("60"));
    dialog.fromEdit()->setDate(QDate(2026, 12, 1));
    dialog.discountBox()->setChecked(true);
    dialog.discountLabelEdit()->setText(QStringLiteral("Loyalty"));
    dialog.discountValueEdit()->setText(QStringLiteral("0"));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("discount.value"));
    EXPECT_TRUE(dialog.discountValueEdit()->property("invalid").toBool());
    EXPECT_EQ(plans().size(), before);
    EXPECT_EQ(discountCount(), discounts);
}

TEST_F(PlanEditorDialogTest, SavesAnUnlimitedWeeklySubscriptionAndMarksABadPause)
{
    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.setKind(PlanKind::Subscription);
    auto* editor = qobject_cast<SubscriptionPlanEditor*>(dialog.editor(PlanKind::Subscription));
    ASSERT_NE(editor, nullptr);
    qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("period")))->setCurrentIndex(1); // weekly
    field<QLineEdit>(dialog, PlanKind::Subscription, "fee")->setText(QStringLiteral("120"));
    editor->findChild<QCheckBox*>(QStringLiteral("unlimited"))->setChecked(true);
    dialog.fromEdit()->setDate(QDate(2026, 12, 7));
    editor->pausesTable()->insertRow(0);
    editor->pausesTable()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("24.12.2026")));
    editor->pausesTable()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("2027-01-03")));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("pauses[0].from"));
    editor->pausesTable()->item(0, 0)->setText(QStringLiteral("2026-12-24"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const auto* sub = std::get_if<SubscriptionPlan>(&dialog.savedPlan()->plan.terms);
    ASSERT_NE(sub, nullptr);
    EXPECT_EQ(sub->period, PeriodUnit::Week);
    EXPECT_TRUE(sub->unlimited());
    EXPECT_EQ(sub->feeMinor, 12000);
    ASSERT_EQ(sub->pauses.size(), 1);
    EXPECT_EQ(sub->pauses.first().to, QDate(2027, 1, 3));
}

TEST_F(PlanEditorDialogTest, SavesAPackageAndReloadsItsTerms)
{
    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.setKind(PlanKind::Package);
    field<QLineEdit>(dialog, PlanKind::Package, "price")->setText(QStringLiteral("900"));
    field<QSpinBox>(dialog, PlanKind::Package, "minutes")->setValue(600);
    field<QSpinBox>(dialog, PlanKind::Package, "validity_days")->setValue(180);
    field<QComboBox>(dialog, PlanKind::Package, "when_exhausted")->setCurrentIndex(1); // bill overage
    field<QLineEdit>(dialog, PlanKind::Package, "overage_rate")->setText(QStringLiteral("95"));
    dialog.fromEdit()->setDate(QDate(2026, 12, 1));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();

    PlanEditorDialog again(session(), m_enrollment);
    EXPECT_EQ(again.currentEditor()->kind(), PlanKind::Package);
    EXPECT_EQ(field<QLineEdit>(again, PlanKind::Package, "price")->text(), QStringLiteral("900.00"));
    EXPECT_EQ(field<QSpinBox>(again, PlanKind::Package, "validity_days")->value(), 180);
    EXPECT_EQ(field<QLineEdit>(again, PlanKind::Package, "overage_rate")->text(), QStringLiteral("95.00"));
}

TEST_F(PlanEditorDialogTest, RemovesAnUninvoicedPlanButNotAnInvoicedOne)
{
    // The demo billed past months: take a plan an issued invoice bills.
    const Invoice paid = test::firstInvoiceWith(session(), InvoiceStatus::Paid);
    const auto detail = test::loadInvoice(session(), paid.meta.id);
    ASSERT_TRUE(detail && !detail->lines.isEmpty());
    const InvoiceLine invoiced = detail->lines.first();
    ASSERT_FALSE(invoiced.planId.isEmpty());
    m_enrollment = invoiced.enrollmentId;

    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.setKind(PlanKind::Hourly);
    field<QLineEdit>(dialog, PlanKind::Hourly, "rate")->setText(QStringLiteral("70"));
    dialog.fromEdit()->setDate(QDate(2027, 1, 1));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    const qsizetype before = plans().size();
    PlanEditorDialog editor(session(), m_enrollment);
    EXPECT_TRUE(editor.removePlan(dialog.savedPlan()->meta.id)) << editor.errorText().toStdString();
    EXPECT_EQ(plans().size(), before - 1);
    EXPECT_EQ(editor.history()->rowCount(), before - 1);
    EXPECT_FALSE(editor.removePlan(invoiced.planId));
    EXPECT_FALSE(editor.errorText().isEmpty());
    EXPECT_EQ(plans().size(), before - 1);
}

// Layout: every kind's editor fits the dialog's default size without clipping. With MENTORDESK_SHOT_DIR set,
// each kind is also saved as a PNG for review.
TEST_F(PlanEditorDialogTest, EveryKindFitsTheDefaultSize)
{
    PlanEditorDialog dialog(session(), m_enrollment);
    dialog.show();
    const QString dir = qEnvironmentVariable("MENTORDESK_SHOT_DIR");
    for (const PlanKind kind :
         {PlanKind::Hourly, PlanKind::Subscription, PlanKind::Package, PlanKind::Project, PlanKind::Module}) {
        dialog.setKind(kind);
        for (int i = 0; i < 3; ++i) {
            QApplication::processEvents();
        }
        dialog.layout()->activate();
        const QSize hint = dialog.minimumSizeHint();
        EXPECT_LE(hint.height(), dialog.height()) << Plan::kindKey(kind).toStdString();
        EXPECT_LE(hint.width(), dialog.width()) << Plan::kindKey(kind).toStdString();
        if (!dir.isEmpty()) {
            dialog.grab().save(QStringLiteral("%1/plan-editor-%2.png").arg(dir, Plan::kindKey(kind)));
        }
    }
}
