// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayerBrowser.h"

#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "models/PayerListModel.h"
#include "people/LearnerDialog.h"
#include "people/LearnerService.h"
#include "people/PayerDetailPane.h"
#include "people/PayerService.h"
#include "people/widgets/DetailForm.h"
#include "people/widgets/MessageBar.h"
#include "people/widgets/PayerPicker.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace mentordesk;

class PayerBrowserTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        test::UiStudioTest::SetUp();
        m_browser = std::make_unique<PayerBrowser>(session());
        m_browser->setConfirmation([this](const QString&, const QString&, const QString&) { return m_answer; });
        m_browser->resize(1200, 700);
        m_browser->show();
        m_browser->activate();
    }
    void TearDown() override
    {
        m_browser.reset();
        test::UiStudioTest::TearDown();
    }
    PayerService payers() { return PayerService(session().db(), session().clock()); }

    std::unique_ptr<PayerBrowser> m_browser;
    bool m_answer = true;
};

TEST_F(PayerBrowserTest, ShowsAPayerWithTheLearnersTheyPayFor)
{
    ASSERT_GT(m_browser->model()->rowCount(), 0);
    const QString id = test::anyPayer(session());
    ASSERT_TRUE(m_browser->showPayer(id));
    EXPECT_EQ(m_browser->currentId(), id);
    PayerDetailPane* detail = m_browser->detail();
    auto learners = LearnerService(session().db(), session().clock()).learnersOfPayer(id);
    ASSERT_TRUE(learners);
    EXPECT_EQ(detail->learners()->topLevelItemCount(), learners->size());
    EXPECT_FALSE(detail->form()->value(QStringLiteral("invoice_language")).isEmpty());
    EXPECT_FALSE(m_browser->showPayer(QStringLiteral("00000000-0000-4000-8000-000000000000")));
}

TEST_F(PayerBrowserTest, ArchiveConfirmsHidesAndUndoes)
{
    const QString id = test::anyPayer(session());
    ASSERT_TRUE(m_browser->showPayer(id));
    m_answer = false;
    EXPECT_FALSE(m_browser->toggleArchived());
    EXPECT_FALSE(payers().get(id)->isArchived());
    m_answer = true;
    ASSERT_TRUE(m_browser->toggleArchived());
    EXPECT_TRUE(payers().get(id)->isArchived());
    EXPECT_EQ(m_browser->model()->rowOf(id), -1);
    ASSERT_TRUE(m_browser->messages()->canUndo());
    m_browser->messages()->undo();
    EXPECT_FALSE(payers().get(id)->isArchived());
    EXPECT_GE(m_browser->model()->rowOf(id), 0);
}

TEST_F(PayerBrowserTest, ShowRecordRevealsAnArchivedPayer)
{
    const QString id = test::anyPayer(session());
    ASSERT_TRUE(payers().archive(id));
    session().notifyDataChanged();
    EXPECT_EQ(m_browser->model()->rowOf(id), -1);
    ASSERT_TRUE(m_browser->showPayer(id));
    EXPECT_EQ(m_browser->currentId(), id);
    ASSERT_TRUE(m_browser->toggleArchived()) << "an archived payer is restored without asking";
    EXPECT_FALSE(payers().get(id)->isArchived());
}

TEST_F(PayerBrowserTest, AddsALearnerToTheFamily)
{
    const QString id = test::anyPayer(session());
    ASSERT_TRUE(m_browser->showPayer(id));
    const int before = m_browser->detail()->learners()->topLevelItemCount();
    LearnerDialog* dialog = m_browser->addLearnerFor(id);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<PayerPicker*>(QStringLiteral("payer"))->payerId(), id);
    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Youngest sibling"));
    dialog->accept();
    EXPECT_EQ(m_browser->detail()->learners()->topLevelItemCount(), before + 1);
}

TEST_F(PayerBrowserTest, SearchNarrowsTheListAndEmptyStateOffersToClear)
{
    m_browser->setSearchText(QStringLiteral("nobody has this name"));
    EXPECT_EQ(m_browser->model()->rowCount(), 0);
    EXPECT_TRUE(m_browser->emptyText().contains(QStringLiteral("Clear the filters")));
    m_browser->setSearchText({});
    EXPECT_GT(m_browser->model()->rowCount(), 0);
}
