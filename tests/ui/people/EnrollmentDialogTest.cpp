// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/EnrollmentDialog.h"

#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "billing/LearnerBillingMenu.h"
#include "courses/EnrollmentService.h"
#include "people/EnrollmentMenu.h"
#include "people/LearnerDetailPane.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTreeWidget>

using namespace mentordesk;

namespace {

class EnrollmentDialogTest : public test::UiStudioTest
{
protected:
    qsizetype enrollmentsOf(const Id& learner)
    {
        EnrollmentFilter filter;
        filter.learnerId = learner;
        auto list = EnrollmentService(session().db(), session().clock()).list(filter, PageRequest{0, 1000});
        return list ? list->items.size() : -1;
    }
};

} // namespace

TEST_F(EnrollmentDialogTest, EnrollsInACourseThroughTheService)
{
    const QString learner = test::learnerWithStatus(session(), QStringLiteral("active"));
    ASSERT_FALSE(learner.isEmpty());
    const qsizetype before = enrollmentsOf(learner);
    EnrollmentDialog dialog(session(), learner);
    ASSERT_GT(dialog.courseBox()->count(), 1) << "the demo's courses are offered";
    ASSERT_GT(dialog.mentorBox()->count(), 0);
    EXPECT_FALSE(dialog.courseBox()->currentData().toString().isEmpty()) << "a course is preselected";
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().isEmpty()) << dialog.errorText().toStdString();
    ASSERT_FALSE(dialog.savedId().isEmpty());
    EXPECT_EQ(enrollmentsOf(learner), before + 1);
}

TEST_F(EnrollmentDialogTest, FreeFormWithoutTitleOrHoursIsRefusedAndNothingWritten)
{
    const QString learner = test::learnerWithStatus(session(), QStringLiteral("active"));
    const qsizetype before = enrollmentsOf(learner);
    EnrollmentDialog dialog(session(), learner);
    dialog.courseBox()->setCurrentIndex(0); // free-form mentoring
    dialog.titleEdit()->clear();
    dialog.accept();
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_TRUE(dialog.savedId().isEmpty());
    EXPECT_EQ(enrollmentsOf(learner), before);

    dialog.titleEdit()->setText(QStringLiteral("Exam coaching"));
    dialog.targetHoursEdit()->setValue(0);
    dialog.accept();
    EXPECT_FALSE(dialog.errorText().isEmpty()) << "free-form mentoring needs target hours";
    EXPECT_EQ(enrollmentsOf(learner), before);

    dialog.targetHoursEdit()->setValue(12.5);
    dialog.accept();
    ASSERT_FALSE(dialog.savedId().isEmpty()) << dialog.errorText().toStdString();
    auto saved = EnrollmentService(session().db(), session().clock()).get(dialog.savedId());
    ASSERT_TRUE(saved.has_value());
    EXPECT_TRUE(saved->isFreeForm());
    EXPECT_EQ(saved->targetMinutes, 750);
    EXPECT_EQ(saved->efficiencyPermille, 800);
}

TEST_F(EnrollmentDialogTest, MenuEditsPausesAndCancelsTheSelectedEnrollment)
{
    const QString learner = test::learnerWithStatus(session(), QStringLiteral("active"));
    LearnerDetailPane pane(session());
    pane.showLearner(learner);
    QTreeWidget* tree = pane.enrollments();
    EnrollmentMenu* menu = pane.enrollmentMenu();
    ASSERT_NE(menu, nullptr);
    EnrollmentService service(session().db(), session().clock());
    int row = -1;
    for (int i = 0; i < tree->topLevelItemCount() && row < 0; ++i) {
        tree->setCurrentItem(tree->topLevelItem(i));
        auto e = service.get(menu->selectedEnrollment());
        if (e && e->status == EnrollmentStatus::Active) {
            row = i;
        }
    }
    ASSERT_GE(row, 0) << "the demo learner has an active enrollment";
    const Id id = menu->selectedEnrollment();

    EXPECT_TRUE(menu->setSelectedStatus(EnrollmentStatus::Paused));
    EXPECT_EQ(service.get(id)->status, EnrollmentStatus::Paused);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, LearnerBillingMenu::kEnrollmentIdRole).toString() == id) {
            tree->setCurrentItem(tree->topLevelItem(i));
        }
    }
    ASSERT_EQ(menu->selectedEnrollment(), id) << "the pane was refreshed; the same enrollment is selected again";
    EXPECT_TRUE(menu->setSelectedStatus(EnrollmentStatus::Cancelled, true));
    EXPECT_EQ(service.get(id)->status, EnrollmentStatus::Cancelled);

    auto e = service.get(id);
    EnrollmentDialog edit(session(), *e);
    EXPECT_FALSE(edit.courseBox()->isEnabled()) << "the course of an enrollment does not change";
    edit.efficiencyEdit()->setValue(1.1);
    edit.accept();
    ASSERT_TRUE(edit.errorText().isEmpty()) << edit.errorText().toStdString();
    EXPECT_EQ(service.get(id)->efficiencyPermille, 1100);
}
