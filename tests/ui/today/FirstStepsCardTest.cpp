// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/FirstStepsCard.h"

#include "UiTestSupport.h"
#include "people/LearnerDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "studio/StudioService.h"
#include "today/TodayPage.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mentordesk;

namespace {

/// A new, empty studio (no learners, lessons or invoices) opened as a session.
class FirstStepsCardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("new.mentordesk"));
        {
            auto db = Database::open(path);
            ASSERT_TRUE(db.has_value());
            StudioSettings settings;
            settings.name = QStringLiteral("New Studio");
            ASSERT_TRUE(StudioService(**db, clock).initialize(settings).has_value());
        }
        auto opened = StudioSession::open(path, clock);
        ASSERT_TRUE(opened.has_value());
        session = std::move(*opened);
    }

    /// A Today page of the session, shown and loaded.
    std::unique_ptr<TodayPage> loadedPage()
    {
        auto page = std::make_unique<TodayPage>(*session);
        page->show();
        QSignalSpy loaded(page.get(), &TodayPage::atRiskLoaded);
        page->activate();
        EXPECT_TRUE(loaded.wait(30000));
        return page;
    }

    static void reloadAndWait(TodayPage& page, StudioSession& s)
    {
        QSignalSpy loaded(&page, &TodayPage::atRiskLoaded);
        s.notifyDataChanged();
        ASSERT_TRUE(loaded.wait(30000));
    }

    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<StudioSession> session;
};

} // namespace

TEST_F(FirstStepsCardTest, ANewStudioShowsEveryStepUnchecked)
{
    auto page = loadedPage();
    FirstStepsCard* card = page->firstSteps();
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(card->isVisible());
    for (const QString& key : FirstStepsCard::stepKeys()) {
        EXPECT_TRUE(card->isStepShown(key)) << key.toStdString();
        EXPECT_FALSE(card->isStepDone(key)) << key.toStdString();
        ASSERT_NE(card->stepButton(key), nullptr);
        EXPECT_TRUE(card->stepButton(key)->isVisible()) << key.toStdString();
        EXPECT_FALSE(card->stepButton(key)->toolTip().isEmpty());
    }
    EXPECT_EQ(card->stepButton(QStringLiteral("unknown")), nullptr);
}

TEST_F(FirstStepsCardTest, AddingALearnerChecksThatStep)
{
    auto page = loadedPage();
    auto insert = session->db().prepare(
        QStringLiteral("INSERT INTO learners (id, name, created_at, updated_at, updated_by) VALUES "
                       "('l1', 'Li Wei', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z', 'test')"));
    ASSERT_TRUE(insert && insert->exec());
    reloadAndWait(*page, *session);
    FirstStepsCard* card = page->firstSteps();
    EXPECT_TRUE(card->isStepDone(QStringLiteral("learner")));
    EXPECT_FALSE(card->stepButton(QStringLiteral("learner"))->isVisible()) << "a done step has nothing to click";
    EXPECT_FALSE(card->isStepDone(QStringLiteral("lesson")));
    EXPECT_TRUE(card->isVisible());
}

TEST_F(FirstStepsCardTest, HideDismissesTheCardForThisStudioOnly)
{
    auto page = loadedPage();
    ASSERT_TRUE(page->firstSteps()->isVisible());
    page->firstSteps()->hideButton()->click();
    EXPECT_FALSE(page->firstSteps()->isVisible());
    reloadAndWait(*page, *session);
    EXPECT_FALSE(page->firstSteps()->isVisible()) << "a reload does not bring it back";
    page.reset();
    EXPECT_FALSE(loadedPage()->firstSteps()->isVisible()) << "remembered for the studio";

    // Another new studio still shows it.
    const QString other = dir.filePath(QStringLiteral("other.mentordesk"));
    {
        auto db = Database::open(other);
        ASSERT_TRUE(db.has_value());
        StudioSettings settings;
        settings.name = QStringLiteral("Other Studio");
        ASSERT_TRUE(StudioService(**db, clock).initialize(settings).has_value());
    }
    auto otherSession = StudioSession::open(other, clock);
    ASSERT_TRUE(otherSession.has_value());
    TodayPage otherPage(**otherSession);
    otherPage.show();
    QSignalSpy loaded(&otherPage, &TodayPage::atRiskLoaded);
    otherPage.activate();
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_TRUE(otherPage.firstSteps()->isVisible());
}

TEST_F(FirstStepsCardTest, AFrontDeskAccountSeesNoBillingStep)
{
    auto page = loadedPage();
    QSignalSpy loaded(page.get(), &TodayPage::atRiskLoaded);
    session->setActor({QStringLiteral("acc-desk"), QStringLiteral("desk"), Role::FrontDesk, {}});
    ASSERT_TRUE(loaded.wait(30000));
    FirstStepsCard* card = page->firstSteps();
    EXPECT_FALSE(card->isStepShown(QStringLiteral("billing")));
    EXPECT_TRUE(card->isStepShown(QStringLiteral("learner")));
    EXPECT_TRUE(card->isVisible());
}

TEST_F(FirstStepsCardTest, StepButtonsAskToNavigate)
{
    auto page = loadedPage();
    QSignalSpy spy(session.get(), &StudioSession::navigationRequested);
    FirstStepsCard* card = page->firstSteps();
    card->stepButton(QStringLiteral("learner"))->click();
    card->stepButton(QStringLiteral("lesson"))->click();
    card->stepButton(QStringLiteral("attendance"))->click();
    card->stepButton(QStringLiteral("billing"))->click();
    ASSERT_EQ(spy.count(), 4);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("newLearner"));
    EXPECT_EQ(spy.at(1).at(0).toString(), QStringLiteral("calendar"));
    EXPECT_EQ(spy.at(2).at(0).toString(), QStringLiteral("calendar"));
    EXPECT_EQ(spy.at(3).at(0).toString(), QStringLiteral("billingRun"));
}

TEST_F(FirstStepsCardTest, TheMainWindowOpensTheNewLearnerDialogTheCalendarAndTheBillingRun)
{
    session.reset();
    MainWindow window(clock);
    ASSERT_TRUE(window.openStudioFile(path).has_value());
    ASSERT_TRUE(window.navigateTo(QStringLiteral("newLearner"), QString()));
    EXPECT_EQ(window.currentPage()->pageId(), QStringLiteral("learners"));
    QApplication::processEvents();
    auto* dialog = window.findChild<LearnerDialog*>();
    ASSERT_NE(dialog, nullptr) << "the New Learner dialog opens";
    dialog->reject();
    ASSERT_TRUE(window.navigateTo(QStringLiteral("calendar"), QString()));
    EXPECT_EQ(window.currentPage()->pageId(), QStringLiteral("calendar"));

    // The billing run wizard is modal: a timer closes it once it is up.
    QString opened;
    QTimer closer;
    closer.setInterval(10);
    QObject::connect(&closer, &QTimer::timeout, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget(); modal != nullptr) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    closer.start();
    ASSERT_TRUE(window.navigateTo(QStringLiteral("billingRun"), QString()));
    EXPECT_EQ(window.currentPage()->pageId(), QStringLiteral("billing"));
    EXPECT_TRUE(QTest::qWaitFor([&opened] { return !opened.isEmpty(); }, 5000));
    EXPECT_EQ(opened, QStringLiteral("mentordesk::BillingRunDialog"));
}

TEST(FirstStepsDemoTest, ADemoStudioShowsNoChecklist)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.mentordesk"));
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    auto session = StudioSession::open(path, clock);
    ASSERT_TRUE(session.has_value());
    TodayPage page(**session);
    page.show();
    QSignalSpy loaded(&page, &TodayPage::atRiskLoaded);
    page.activate();
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_TRUE(page.summary().firstSteps.complete());
    EXPECT_FALSE(page.firstSteps()->isVisible());
}
