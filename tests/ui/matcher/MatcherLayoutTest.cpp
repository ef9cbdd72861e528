// SPDX-License-Identifier: GPL-3.0-or-later
// The matcher views at a realistic size: long names elide instead of widening the pane, the
// explanations wrap, the empty state is readable. With MENTORDESK_SCREENSHOT_DIR set, the test also
// saves PNGs of the learners page with the suggestions tab and of the enquiry dialog (docs).
#include "MatcherTestData.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "matcher/EnquiryMatchDialog.h"
#include "matcher/RecommendationsPanel.h"
#include "matcher/SuggestionTable.h"
#include "models/LearningPathModel.h"
#include "models/SuggestionModel.h"
#include "people/LearnerBrowser.h"
#include "people/LearnerDetailPane.h"
#include "people/LearnersPage.h"
#include "people/PeopleTestData.h"
#include "people/widgets/TopicChecklist.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>

using namespace mentordesk;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

void saveShot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MENTORDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        EXPECT_TRUE(widget.grab().save(QDir(dir).filePath(name)));
    }
}

} // namespace

class MatcherLayoutTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        if (!qEnvironmentVariableIsEmpty("MENTORDESK_SCREENSHOT_DIR")) {
            // For the pictures: the English catalogue resolves plurals ("6 learners", not "learner(s)").
            installTranslations(*qApp, QStringLiteral("en"));
        }
    }
};

TEST_F(MatcherLayoutTest, TheSuggestionsTabFitsTheLearnersPage)
{
    const QString learner = test::learnerWithGoals(session());
    // A very long course title must elide, not push the pane wider than the window.
    auto rename = session().db().prepare(QStringLiteral(
        "UPDATE courses SET title = title || ': a very long subtitle that goes on and on about what it covers' "
        "WHERE id IN (SELECT course_id FROM course_topics WHERE topic_id IN (SELECT topic_id FROM learner_goals "
        "WHERE learner_id = ?))"));
    ASSERT_TRUE(rename);
    rename->bind(learner);
    ASSERT_TRUE(rename->exec());

    LearnersPage page(session());
    page.resize(1280, 760);
    page.show();
    page.activate();
    ASSERT_TRUE(page.showRecord(QStringLiteral("learner"), learner));
    LearnerDetailPane* detail = page.browser()->detail();
    auto* tabs = detail->findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    RecommendationsPanel* panel = detail->suggestions();
    QSignalSpy loaded(panel, &RecommendationsPanel::loaded);
    tabs->setCurrentWidget(panel); // loads when shown
    ASSERT_TRUE(loaded.wait(30000));
    settle();
    ASSERT_TRUE(panel->showsContent()) << panel->messageText().toStdString();
    ASSERT_GT(panel->courses()->model()->rowCount(), 0);
    EXPECT_LE(page.width(), 1280);
    EXPECT_LE(panel->width(), detail->width());
    QLabel* why = panel->courses()->explanation();
    EXPECT_TRUE(why->isVisible());
    EXPECT_GE(why->height(), why->heightForWidth(why->width()) - 1) << "the explanation is not cut off";
    saveShot(page, QStringLiteral("learner-suggestions.png"));
    panel->sections()->setCurrentIndex(2);
    settle();
    EXPECT_GT(panel->pathModel()->rowCount(), 0);
    saveShot(page, QStringLiteral("learner-learning-path.png"));

    // The empty state of a learner without goals.
    const QString plain = test::addLearners(session(), 1, QStringLiteral("Without Goals")).first();
    page.browser()->detail()->showLearner(plain);
    ASSERT_TRUE(loaded.wait(30000));
    settle();
    EXPECT_FALSE(panel->showsContent());
    EXPECT_EQ(panel->messageText(), QStringLiteral("Add goal topics to get suggestions."));
    saveShot(page, QStringLiteral("learner-suggestions-empty.png"));
}

TEST_F(MatcherLayoutTest, TheEnquiryDialogShowsBothRankings)
{
    EnquiryMatchDialog dialog(session());
    dialog.show();
    const QString sql = test::queryText(session(), QStringLiteral("SELECT id FROM topics WHERE name = 'SQL'"));
    const QString python =
        test::queryText(session(), QStringLiteral("SELECT id FROM topics WHERE name = 'Python basics'"));
    dialog.setLevel(2);
    dialog.setWeeklyMinutes(150);
    QSignalSpy matched(&dialog, &EnquiryMatchDialog::matched);
    dialog.setGoals({sql, python});
    ASSERT_TRUE(matched.wait(30000));
    settle();
    EXPECT_GT(dialog.mentors()->model()->rowCount(), 0);
    EXPECT_GT(dialog.courses()->model()->rowCount(), 0);
    EXPECT_TRUE(dialog.courses()->explanation()->isVisible());
    EXPECT_LE(dialog.width(), 1280);
    saveShot(dialog, QStringLiteral("enquiry-match.png"));
}
