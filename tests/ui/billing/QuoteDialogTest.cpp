// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/QuoteDialog.h"

#include "UiTestSupport.h"
#include "billing/PlanService.h"
#include "billing/QuoteOptionsModel.h"
#include "courses/EnrollmentService.h"
#include "shell/StudioSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>

using namespace mentordesk;

class QuoteDialogTest : public test::UiStudioTest
{
protected:
    void offer(const QString& label, Plan::Terms terms)
    {
        PlanInput input;
        input.label = label;
        input.effectiveFrom = QDate(2026, 1, 1);
        input.terms = std::move(terms);
        auto stored = PlanService(session().db(), session().clock()).offerPlan(input);
        ASSERT_TRUE(stored) << stored.error().message.toStdString();
    }
    void offerFoundingPlans()
    {
        HourlyPlan hourly;
        hourly.rateMinor = 10000;
        hourly.oneOffFeeMinor = 50000;
        offer(QStringLiteral("Hourly"), hourly);
        PackagePlan package;
        package.priceMinor = 90000;
        package.minutes = 600;
        offer(QStringLiteral("10 hours"), package);
    }
    Id learnerWithEnrollment()
    {
        auto page = EnrollmentService(session().db(), session().clock()).list({}, {0, 1});
        EXPECT_TRUE(page && !page->items.isEmpty());
        return page && !page->items.isEmpty() ? page->items.first().learnerId : Id();
    }
};

TEST_F(QuoteDialogTest, QuotesContentHoursUnderEveryOfferedPlanCheapestFirst)
{
    offerFoundingPlans();
    QuoteDialog dialog(session(), learnerWithEnrollment());
    QAbstractItemModelTester tester(dialog.options(), QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.setGoal(QuoteDialog::Goal::ContentHours);
    dialog.hoursSpin()->setValue(20);
    dialog.efficiencySpin()->setValue(100);
    dialog.targetSpin()->setValue(100);
    dialog.weeklySpin()->setValue(120);
    dialog.lessonSpin()->setValue(60);
    ASSERT_TRUE(dialog.runQuote()) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->assumptions.minutesNeeded, 20 * 60);
    EXPECT_EQ(dialog.result()->assumptions.weeks, 10);
    // The demo's offered plans plus ours, cheapest first.
    const int rows = dialog.options()->rowCount();
    ASSERT_GE(rows, 2);
    QHash<QString, qint64> totals;
    for (int row = 0; row < rows; ++row) {
        const qint64 total = dialog.options()->index(row, 0).data(Qt::UserRole).toLongLong();
        if (row > 0) {
            EXPECT_LE(dialog.options()->index(row - 1, 0).data(Qt::UserRole).toLongLong(), total);
        }
        totals.insert(dialog.options()->index(row, QuoteOptionsModel::PlanColumn).data().toString(), total);
    }
    EXPECT_EQ(totals.value(QStringLiteral("10 hours")), 180000); // 2 packages
    EXPECT_EQ(totals.value(QStringLiteral("Hourly")), 250000);   // F0 + 20 h × 100
    EXPECT_FALSE(dialog.assumptionsText().isEmpty());
}

TEST_F(QuoteDialogTest, QuotesTheLearnersEnrollment)
{
    offerFoundingPlans();
    QuoteDialog dialog(session(), learnerWithEnrollment());
    dialog.setGoal(QuoteDialog::Goal::Enrollment);
    ASSERT_TRUE(dialog.runQuote()) << dialog.errorText().toStdString();
    EXPECT_GE(dialog.options()->rowCount(), 2);
    EXPECT_GT(dialog.result()->assumptions.contentMinutes, 0);
}

TEST_F(QuoteDialogTest, ShowsTheCoreErrorOnItsField)
{
    offerFoundingPlans();
    QuoteDialog dialog(session(), learnerWithEnrollment());
    dialog.setGoal(QuoteDialog::Goal::ContentHours);
    dialog.weeklySpin()->setValue(120);
    dialog.lessonSpin()->setValue(45); // does not divide the weekly time
    EXPECT_FALSE(dialog.runQuote());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("lesson_minutes"));
    EXPECT_TRUE(dialog.lessonSpin()->property("invalid").toBool());
    EXPECT_EQ(dialog.options()->rowCount(), 0);
    dialog.lessonSpin()->setValue(60);
    EXPECT_TRUE(dialog.runQuote()) << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.lessonSpin()->property("invalid").toBool());
}

TEST_F(QuoteDialogTest, ExplainsThatTheStudioOffersNoPlans)
{
    PlanService plans(session().db(), session().clock());
    auto offered = plans.offeredPlans();
    ASSERT_TRUE(offered);
    for (const StoredPlan& p : std::as_const(*offered)) {
        ASSERT_TRUE(plans.removePlan(p.meta.id));
    }
    QuoteDialog dialog(session(), learnerWithEnrollment());
    dialog.setGoal(QuoteDialog::Goal::ContentHours);
    EXPECT_FALSE(dialog.runQuote());
    EXPECT_EQ(dialog.errorField(), QStringLiteral("plans"));
    EXPECT_FALSE(dialog.errorText().isEmpty());
}

TEST_F(QuoteDialogTest, FitsItsDefaultSizeWithAResult)
{
    offerFoundingPlans();
    QuoteDialog dialog(session(), learnerWithEnrollment());
    dialog.show();
    ASSERT_TRUE(dialog.runQuote()) << dialog.errorText().toStdString();
    QApplication::processEvents();
    EXPECT_LE(dialog.minimumSizeHint().height(), dialog.height());
    EXPECT_LE(dialog.minimumSizeHint().width(), dialog.width());
    if (const QString dir = qEnvironmentVariable("MENTORDESK_SHOT_DIR"); !dir.isEmpty()) {
        dialog.grab().save(dir + QStringLiteral("/quote-dialog.png"));
    }
}
