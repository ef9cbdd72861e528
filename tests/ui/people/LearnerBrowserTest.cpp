// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerBrowser.h"

#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "models/LearnerListModel.h"
#include "people/LearnerDetailPane.h"
#include "people/LearnerDialog.h"
#include "people/LearnerFilterBar.h"
#include "people/LearnerService.h"
#include "people/widgets/DetailForm.h"
#include "people/widgets/MessageBar.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace mentordesk;

class LearnerBrowserTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        test::UiStudioTest::SetUp();
        m_browser = std::make_unique<LearnerBrowser>(session());
        m_browser->setConfirmation([this](const QString&, const QString& text, const QString&) {
            m_asked = text;
            return m_answer;
        });
        m_browser->resize(1200, 700);
        m_browser->show();
        m_browser->activate();
    }
    void TearDown() override
    {
        m_browser.reset();
        test::UiStudioTest::TearDown();
    }
    LearnerService learners() { return LearnerService(session().db(), session().clock()); }

    std::unique_ptr<LearnerBrowser> m_browser;
    bool m_answer = true;
    QString m_asked;
};

TEST_F(LearnerBrowserTest, OpensOnTheDemoStudioWithFixedRowsAndADetail)
{
    LearnerListModel* model = m_browser->model();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(m_browser->view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    EXPECT_FALSE(m_browser->currentId().isEmpty()) << "the first learner is selected";
    EXPECT_EQ(m_browser->detail()->title(), model->learnerAt(0)->name);
    EXPECT_TRUE(m_browser->countText().contains(QString::number(model->totalCount())));
}

TEST_F(LearnerBrowserTest, DetailShowsProfileEnrollmentsAndRecentLessons)
{
    // The demo's active learners have enrollments and lessons held before "today".
    const QString id = test::learnerWithStatus(session(), QStringLiteral("active"));
    ASSERT_TRUE(m_browser->showLearner(id));
    LearnerDetailPane* detail = m_browser->detail();
    EXPECT_EQ(detail->learnerId(), id);
    EXPECT_GT(detail->enrollments()->topLevelItemCount(), 0);
    EXPECT_GT(detail->lessons()->topLevelItemCount(), 0);
    EXPECT_LE(detail->lessons()->topLevelItemCount(), LearnerDetailPane::kHistoryLength);
    EXPECT_FALSE(detail->profile()->value(QStringLiteral("payer")).isEmpty());
    EXPECT_FALSE(detail->profile()->value(QStringLiteral("level")).isEmpty());
    // Newest lesson first.
    QTreeWidget* lessons = detail->lessons();
    if (lessons->topLevelItemCount() > 1) {
        EXPECT_NE(lessons->topLevelItem(0)->text(0), lessons->topLevelItem(1)->text(0));
    }
}

TEST_F(LearnerBrowserTest, ShowRecordRevealsAnArchivedLearnerHiddenByTheFilter)
{
    const QString id = test::learnerWithStatus(session(), QStringLiteral("archived"));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(m_browser->model()->rowOf(id), -1) << "archived learners are hidden by default";
    ASSERT_TRUE(m_browser->showLearner(id));
    EXPECT_EQ(m_browser->currentId(), id);
    EXPECT_EQ(m_browser->detail()->learnerId(), id);
    EXPECT_FALSE(m_browser->showLearner(QStringLiteral("00000000-0000-4000-8000-000000000000")));
}

TEST_F(LearnerBrowserTest, ShowRecordFindsALearnerFarBeyondTheFirstPage)
{
    const QStringList ids = test::addLearners(session(), 450, QStringLiteral("Zz"));
    session().notifyDataChanged();
    ASSERT_TRUE(m_browser->showLearner(ids.last()));
    EXPECT_EQ(m_browser->currentId(), ids.last());
    EXPECT_LT(m_browser->model()->rowCount(), 450) << "found without loading every learner";
}

TEST_F(LearnerBrowserTest, SearchIsDebouncedAndEmptyResultsSayWhatToDo)
{
    LearnerFilterBar* bar = m_browser->filterBar();
    const int before = m_browser->model()->rowCount();
    bar->searchField()->setText(QStringLiteral("no such learner anywhere"));
    EXPECT_EQ(m_browser->model()->rowCount(), before) << "typing waits for a pause";
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_browser->model()->rowCount() == 0; }, 2000));
    EXPECT_TRUE(m_browser->emptyText().contains(QStringLiteral("Clear the filters")));
    bar->reset();
    EXPECT_EQ(m_browser->model()->rowCount(), before);
}

TEST_F(LearnerBrowserTest, ArchiveAsksFirstAndCanBeUndone)
{
    const QString id = test::learnerWithStatus(session(), QStringLiteral("active"));
    ASSERT_TRUE(m_browser->showLearner(id));
    m_answer = false;
    EXPECT_FALSE(m_browser->toggleArchived());
    EXPECT_FALSE(m_asked.isEmpty());
    EXPECT_EQ(learners().get(id)->status, LearnerStatus::Active) << "declined: nothing changes";

    m_answer = true;
    ASSERT_TRUE(m_browser->toggleArchived());
    EXPECT_EQ(learners().get(id)->status, LearnerStatus::Archived);
    EXPECT_EQ(m_browser->model()->rowOf(id), -1);
    EXPECT_EQ(m_browser->detail()->learnerId(), id) << "the archived learner stays in view";
    ASSERT_TRUE(m_browser->messages()->canUndo());
    m_browser->messages()->undo();
    EXPECT_EQ(learners().get(id)->status, LearnerStatus::Active);
    EXPECT_GE(m_browser->model()->rowOf(id), 0);
}

TEST_F(LearnerBrowserTest, PauseAndResumeWithUndo)
{
    const QString id = test::learnerWithStatus(session(), QStringLiteral("active"));
    ASSERT_TRUE(m_browser->showLearner(id));
    ASSERT_TRUE(m_browser->togglePaused());
    EXPECT_EQ(learners().get(id)->status, LearnerStatus::Paused);
    EXPECT_EQ(m_browser->currentId(), id);
    m_browser->messages()->undo();
    EXPECT_EQ(learners().get(id)->status, LearnerStatus::Active);
    ASSERT_TRUE(m_browser->togglePaused());
    ASSERT_TRUE(m_browser->togglePaused());
    EXPECT_EQ(learners().get(id)->status, LearnerStatus::Active);
}

TEST_F(LearnerBrowserTest, NewLearnerDialogSavesAndSelectsTheLearner)
{
    LearnerDialog* dialog = m_browser->newLearner();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy saved(dialog, &LearnerDialog::learnerSaved);
    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("A brand-new learner"));
    dialog->accept();
    ASSERT_EQ(saved.count(), 1);
    const QString id = saved[0][0].toString();
    EXPECT_EQ(m_browser->currentId(), id);
    EXPECT_EQ(m_browser->detail()->title(), QStringLiteral("A brand-new learner"));
    EXPECT_TRUE(m_browser->messages()->text().contains(QStringLiteral("A brand-new learner")));
}

TEST_F(LearnerBrowserTest, EditOpensTheSelectedLearner)
{
    LearnerDialog* dialog = m_browser->editCurrent();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("name"))->text(), m_browser->detail()->title());
    dialog->reject();
}

TEST_F(LearnerBrowserTest, ReloadsWhenTheStudioChangedWhileHidden)
{
    const qint64 before = m_browser->model()->totalCount();
    m_browser->hide();
    ASSERT_TRUE(learners().create({.name = QStringLiteral("Added elsewhere")}));
    session().notifyDataChanged();
    EXPECT_EQ(m_browser->model()->totalCount(), before) << "hidden pages reload lazily";
    m_browser->show();
    m_browser->activate();
    EXPECT_EQ(m_browser->model()->totalCount(), before + 1);
}

TEST(LearnerBrowserEmptyTest, AnEmptyStudioSaysHowToAddLearners)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    auto session = test::openEmptyStudio(dir.filePath(QStringLiteral("empty.mentordesk")), clock);
    ASSERT_TRUE(session);
    LearnerBrowser browser(*session);
    EXPECT_EQ(browser.model()->rowCount(), 0);
    EXPECT_TRUE(browser.emptyText().contains(QStringLiteral("New Learner")));
    EXPECT_TRUE(browser.emptyText().contains(QStringLiteral("CSV")));
}
