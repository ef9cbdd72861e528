// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/EnquiryMatchDialog.h"

#include "MatcherTestData.h"
#include "UiTestSupport.h"
#include "matcher/SuggestionTable.h"
#include "models/SuggestionModel.h"
#include "people/LearnersPage.h"
#include "people/widgets/TopicChecklist.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>

using namespace mentordesk;

class EnquiryMatchDialogTest : public test::UiStudioTest
{
protected:
    QString topic(const QString& name)
    {
        return test::queryText(session(), QStringLiteral("SELECT id FROM topics WHERE name = ? AND deleted_at IS NULL"),
                               name);
    }
};

TEST_F(EnquiryMatchDialogTest, RanksMentorsAndCoursesForTheEnquiry)
{
    EnquiryMatchDialog dialog(session());
    QAbstractItemModelTester mentorsTester(dialog.mentors()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester coursesTester(dialog.courses()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(dialog.mentors()->model()->rowCount(), 0) << "nothing without goals";
    EXPECT_TRUE(dialog.status()->text().startsWith(QStringLiteral("Tick the topics")));
    EXPECT_GT(dialog.goals()->list()->count(), 0);

    const QString sql = topic(QStringLiteral("SQL"));
    ASSERT_FALSE(sql.isEmpty());
    dialog.setLevel(2);
    dialog.setWeeklyMinutes(180);
    QSignalSpy matched(&dialog, &EnquiryMatchDialog::matched);
    dialog.setGoals({sql});
    EXPECT_DOUBLE_EQ(dialog.weeklyHours()->value(), 3.0);
    EXPECT_TRUE(dialog.match());
    ASSERT_TRUE(matched.wait(30000)) << "ranked on the worker";
    ASSERT_GT(dialog.mentors()->model()->rowCount(), 0);
    ASSERT_GT(dialog.courses()->model()->rowCount(), 0);
    EXPECT_LE(dialog.courses()->model()->rowCount(), EnquiryMatchDialog::kCourseCount);
    EXPECT_FALSE(dialog.mentors()->model()->rows().first().reasons.isEmpty());
    EXPECT_FALSE(dialog.courses()->model()->rows().first().reasons.isEmpty());
    EXPECT_FALSE(dialog.courses()->explanation()->text().isEmpty());
    EXPECT_TRUE(dialog.status()->text().contains(QStringLiteral("level 2")));

    dialog.setGoals({});
    EXPECT_FALSE(dialog.match());
    EXPECT_EQ(dialog.courses()->model()->rowCount(), 0);
}

TEST_F(EnquiryMatchDialogTest, TheLearnersPageOpensIt)
{
    LearnersPage page(session());
    QAction* action = page.findChild<QAction*>(QStringLiteral("matchEnquiryAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->text().isEmpty());
    action->trigger();
    auto* dialog = page.findChild<EnquiryMatchDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
}
