// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayPage.h"

#include "UiTestSupport.h"
#include "common/Formatter.h"
#include "reports/TodayService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "studio/StudioService.h"
#include "today/TodayCard.h"

#include <QLabel>
#include <QSignalSpy>

using namespace mentordesk;

namespace {

class TodayPageTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        page = std::make_unique<TodayPage>(session());
        QSignalSpy loaded(page.get(), &TodayPage::atRiskLoaded);
        page->activate();
        ASSERT_TRUE(loaded.wait(30000));
        EXPECT_FALSE(page->checkingRisks());
    }
    void TearDown() override
    {
        page.reset();
        UiStudioTest::TearDown();
    }

    TodaySummary expected()
    {
        auto s = TodayService(session().db(), session().clock()).summary(12);
        EXPECT_TRUE(s.has_value());
        return s ? *s : TodaySummary{};
    }

    std::unique_ptr<TodayPage> page;
};

} // namespace

TEST_F(TodayPageTest, ListsTodaysAndTomorrowsLessonsOfTheDemoStudio)
{
    const TodaySummary s = expected();
    EXPECT_EQ(s.today, QDate(2026, 11, 20));
    ASSERT_FALSE(s.todayLessons.isEmpty());
    EXPECT_TRUE(s.tomorrowLessons.isEmpty()) << "the demo studio teaches Monday to Friday; today is a Friday";
    TodayCard* today = page->card(QStringLiteral("todayLessons"));
    TodayCard* tomorrow = page->card(QStringLiteral("tomorrowLessons"));
    ASSERT_NE(today, nullptr);
    ASSERT_NE(tomorrow, nullptr);
    EXPECT_EQ(today->rowCount(), s.todayLessons.size());
    EXPECT_EQ(tomorrow->rowCount(), s.tomorrowLessons.size());
    EXPECT_FALSE(today->showsEmptyText());
    EXPECT_TRUE(tomorrow->showsEmptyText());
    const TodayLesson& first = s.todayLessons.constFirst();
    const QString row = today->rows().constFirst()->text();
    EXPECT_TRUE(row.contains(session().format().time(first.startsAt))) << row.toStdString();
    EXPECT_TRUE(row.contains(first.mentorName.toHtmlEscaped()));
    EXPECT_TRUE(row.contains(QStringLiteral("lesson:") + first.lessonId));
    EXPECT_TRUE(row.contains(QStringLiteral("learner:") + first.attendees.constFirst().learnerId));
    EXPECT_TRUE(today->title().contains(QString::number(s.todayLessons.size())));
}

TEST_F(TodayPageTest, ShowsLessonsAwaitingAttendanceAndLearnersAtRisk)
{
    const TodaySummary s = expected();
    ASSERT_FALSE(s.atRisk.isEmpty());
    EXPECT_EQ(page->summary().atRisk.size(), s.atRisk.size());
    ASSERT_GT(s.awaitingTotal, 0);
    TodayCard* awaiting = page->card(QStringLiteral("awaitingAttendance"));
    EXPECT_EQ(awaiting->rowCount(), s.awaitingAttendance.size());
    EXPECT_TRUE(awaiting->title().contains(QString::number(s.awaitingTotal)));
    EXPECT_EQ(awaiting->footer().isEmpty(), s.awaitingTotal <= s.awaitingAttendance.size());
    TodayCard* atRisk = page->card(QStringLiteral("atRisk"));
    EXPECT_EQ(atRisk->rowCount(), std::min<qsizetype>(12, s.atRisk.size()));
    if (!s.atRisk.isEmpty()) {
        EXPECT_TRUE(atRisk->rows().constFirst()->text().contains(s.atRisk.constFirst().enrollment.learnerId));
    }
}

TEST_F(TodayPageTest, HoursThisWeekAndMoney)
{
    const TodaySummary s = expected();
    TodayCard* hours = page->card(QStringLiteral("hoursThisWeek"));
    ASSERT_EQ(hours->rowCount(), 2);
    EXPECT_TRUE(hours->rows()[0]->text().contains(session().format().duration(s.heldThisWeek)));
    EXPECT_TRUE(hours->rows()[0]->text().contains(session().format().duration(s.heldLastWeek)));
    ASSERT_TRUE(s.billingAvailable);
    TodayCard* money = page->card(QStringLiteral("money"));
    ASSERT_GE(money->rowCount(), 3);
    const Formatter& f = session().format();
    EXPECT_TRUE(money->rows()[0]->text().contains(f.money(s.issuedThisMonth).toHtmlEscaped()));
    EXPECT_TRUE(money->rows()[0]->text().contains(f.money(s.issuedLastMonth).toHtmlEscaped()));
    EXPECT_TRUE(money->rows()[1]->text().contains(f.money(s.paidThisMonth).toHtmlEscaped()));
    const qsizetype listed = std::min<qsizetype>(s.overdue.size(), 12);
    const qsizetype lowRows = s.lowPackages.isEmpty() ? 0 : 1 + std::min<qsizetype>(s.lowPackages.size(), 12);
    EXPECT_EQ(money->rowCount(), 3 + listed + lowRows);
    for (QLabel* row : money->rows()) {
        EXPECT_FALSE(row->text().contains(QStringLiteral("after billing is set up")));
    }
    if (s.overdueCount > 0) {
        EXPECT_TRUE(money->rows()[2]->text().contains(QStringLiteral("receivables:")));
        EXPECT_TRUE(money->rows()[3]->text().contains(QStringLiteral("invoice:") + s.overdue.constFirst().invoiceId));
    }
}

TEST_F(TodayPageTest, MoneyLinksOpenTheInvoiceOnTheBillingPage)
{
    QSignalSpy spy(&session(), &StudioSession::navigationRequested);
    TodayCard* money = page->card(QStringLiteral("money"));
    emit money->rows().constFirst()->linkActivated(QStringLiteral("invoice:INV-ID"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("invoice"));
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("INV-ID"));
    emit money->rows().constFirst()->linkActivated(QStringLiteral("receivables:"));
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).toString(), QStringLiteral("receivables"));
}

TEST_F(TodayPageTest, LinksAskTheMainWindowToNavigate)
{
    QSignalSpy spy(&session(), &StudioSession::navigationRequested);
    TodayCard* today = page->card(QStringLiteral("todayLessons"));
    ASSERT_GT(today->rowCount(), 0);
    const TodaySummary s = expected();
    const Id learner = s.todayLessons.constFirst().attendees.constFirst().learnerId;
    emit today->rows().constFirst()->linkActivated(QStringLiteral("learner:") + learner);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("learner"));
    EXPECT_EQ(spy.at(0).at(1).toString(), learner);
    emit today->rows().constFirst()->linkActivated(QStringLiteral("lesson:") + s.todayLessons.constFirst().lessonId);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).toString(), QStringLiteral("lesson"));
}

TEST_F(TodayPageTest, ReloadsWhenDataChanges)
{
    const int before = page->card(QStringLiteral("todayLessons"))->rowCount();
    auto s = session().db().prepare(QStringLiteral("UPDATE lessons SET deleted_at = '2026-11-20T08:00:00Z' "
                                                   "WHERE starts_at >= '2026-11-19T00:00:00Z' AND "
                                                   "starts_at < '2026-11-22T00:00:00Z'"));
    ASSERT_TRUE(s && s->exec());
    page->show();
    QSignalSpy loaded(page.get(), &TodayPage::atRiskLoaded);
    session().notifyDataChanged();
    EXPECT_TRUE(page->checkingRisks());
    EXPECT_EQ(page->card(QStringLiteral("todayLessons"))->rowCount(), before)
        << "the cards keep what they show until the new read is in (no flicker)";
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_LT(page->card(QStringLiteral("todayLessons"))->rowCount(), before);
    EXPECT_TRUE(page->card(QStringLiteral("todayLessons"))->showsEmptyText());
}

TEST_F(TodayPageTest, SaysLoadingUntilTheFirstReadIsInAndCoalescesChangesMeanwhile)
{
    const int before = page->card(QStringLiteral("todayLessons"))->rowCount();
    ASSERT_GT(before, 0);
    TodayPage fresh(session());
    fresh.show();
    QSignalSpy loaded(&fresh, &TodayPage::atRiskLoaded);
    fresh.activate();
    EXPECT_TRUE(fresh.isLoading());
    EXPECT_EQ(fresh.card(QStringLiteral("todayLessons"))->title(), QStringLiteral("Today's lessons"));
    EXPECT_TRUE(fresh.card(QStringLiteral("todayLessons"))->showsEmptyText());

    // A change while the first read runs: the page reads again once that read is done.
    auto s = session().db().prepare(QStringLiteral("UPDATE lessons SET deleted_at = '2026-11-20T08:00:00Z' "
                                                   "WHERE starts_at >= '2026-11-19T00:00:00Z' AND "
                                                   "starts_at < '2026-11-22T00:00:00Z'"));
    ASSERT_TRUE(s && s->exec());
    session().notifyDataChanged();
    ASSERT_TRUE(loaded.wait(60000));
    EXPECT_EQ(loaded.count(), 1) << "one signal once everything, the second read included, is in";
    EXPECT_FALSE(fresh.isLoading());
    EXPECT_EQ(fresh.card(QStringLiteral("todayLessons"))->rowCount(), 0);
    EXPECT_TRUE(fresh.card(QStringLiteral("todayLessons"))->title().contains(QStringLiteral("(0)")));
}

TEST(TodayPageEmptyTest, AnEmptyStudioShowsEmptyStates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.mentordesk"));
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.has_value());
        StudioSettings settings;
        settings.name = QStringLiteral("Empty");
        ASSERT_TRUE(StudioService(**db, clock).initialize(settings).has_value());
    }
    auto session = StudioSession::open(path, clock);
    ASSERT_TRUE(session.has_value());
    TodayPage page(**session);
    QSignalSpy loaded(&page, &TodayPage::atRiskLoaded);
    page.activate();
    ASSERT_TRUE(loaded.wait(30000));
    for (const char* name : {"todayLessons", "tomorrowLessons", "awaitingAttendance", "atRisk"}) {
        TodayCard* card = page.card(QString::fromLatin1(name));
        ASSERT_NE(card, nullptr) << name;
        EXPECT_EQ(card->rowCount(), 0) << name;
        EXPECT_TRUE(card->showsEmptyText()) << name;
    }
}

TEST(TodayPageShellTest, TodayIsTheFirstPageOfTheSidebar)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.mentordesk"));
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    MainWindow window(clock);
    ASSERT_TRUE(window.openStudioFile(path).has_value());
    ASSERT_FALSE(window.pages().isEmpty());
    EXPECT_EQ(window.pages().constFirst()->pageId(), QStringLiteral("today"));
    EXPECT_TRUE(window.navigateTo(QStringLiteral("report"), QStringLiteral("hours")));
}
