// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the small demo studio in a MainWindow and walks every page: shown, loaded, painted, refreshed after
// a data change, retranslated, resized; then cross-page navigation to records, the global search, and
// closing the studio.
#include "SmokeRecords.h"
#include "UiTestSupport.h"
#include "reports/ReportCatalog.h"
#include "search/GlobalSearchPopup.h"
#include "shell/DialogScreenshots.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QThread>

namespace mentordesk::test {

namespace {

constexpr int kLoadTimeoutMs = 120000; // generous: sanitized builds are several times slower

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
    }
}

/// Processes events until `page` has finished loading (background loads deliver their results here).
void waitLoaded(Page* page)
{
    QDeadlineTimer deadline(kLoadTimeoutMs);
    settle();
    while (page->isLoading() && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    EXPECT_FALSE(page->isLoading()) << "still loading after " << kLoadTimeoutMs << " ms";
    settle();
}

} // namespace

class SmokePagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.mentordesk"));
        ASSERT_TRUE(QFile::copy(pristineDemoStudio(), m_path));
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->resize(1366, 768);
        m_window->show();
        auto opened = m_window->openStudioFile(m_path);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        ASSERT_NE(m_window->session(), nullptr);
    }
    void TearDown() override { m_window.reset(); }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(SmokePagesTest, EveryPageShowsLoadsPaintsRefreshesAndRetranslates)
{
    const QList<Page*> pages = m_window->pages();
    ASSERT_GE(pages.size(), 9);
    for (Page* page : pages) {
        SCOPED_TRACE(page->pageId().toStdString());
        ASSERT_TRUE(m_window->showPage(page->pageId()));
        waitLoaded(page);
        EXPECT_TRUE(page->isVisible());
        EXPECT_FALSE(page->pageTitle().isEmpty());
        EXPECT_FALSE(m_window->grab().isNull());
        page->focusSearch();
    }

    // Data changed elsewhere: every page refreshes (now or when shown next).
    m_window->session()->notifyDataChanged();
    QEvent languageChange(QEvent::LanguageChange);
    for (Page* page : pages) {
        SCOPED_TRACE(page->pageId().toStdString());
        ASSERT_TRUE(m_window->showPage(page->pageId()));
        waitLoaded(page);
        QApplication::sendEvent(page, &languageChange);
        settle();
    }

    // Narrow and wide windows lay every page out again.
    for (const QSize size : {QSize(900, 600), QSize(1920, 1080)}) {
        m_window->resize(size);
        for (Page* page : pages) {
            ASSERT_TRUE(m_window->showPage(page->pageId()));
            waitLoaded(page);
            EXPECT_FALSE(page->grab().isNull());
        }
    }
}

TEST_F(SmokePagesTest, NavigatesToRecordsSearchesAndClosesTheStudio)
{
    const auto records = SmokeRecords::firstOfEachKind(m_window->session()->db(), m_window->session()->clock());
    for (const auto& [kind, id] : records) {
        SCOPED_TRACE(kind.toStdString());
        ASSERT_FALSE(id.isEmpty());
        EXPECT_TRUE(m_window->navigateTo(kind, id));
        waitLoaded(m_window->currentPage());
    }
    EXPECT_TRUE(m_window->navigateTo(QStringLiteral("receivables"), QString()));
    for (ReportKind kind : ReportCatalog::all()) {
        SCOPED_TRACE(ReportCatalog::code(kind).toStdString());
        EXPECT_TRUE(m_window->navigateTo(QStringLiteral("report"), ReportCatalog::code(kind)));
        waitLoaded(m_window->currentPage());
    }

    auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("globalSearch"));
    auto* popup = m_window->findChild<GlobalSearchPopup*>();
    ASSERT_NE(field, nullptr);
    ASSERT_NE(popup, nullptr);
    for (const QString& text : {QStringLiteral("ch"), QStringLiteral("a"), QStringLiteral("%_'\"")}) {
        field->setText(text);
        popup->searchNow();
        settle();
    }
    field->clear();
    settle();

    // The search popup over the window and the import wizard previewing a CSV with bad rows (the import
    // job runs on a worker thread).
    DialogScreenshots::save(*m_window, m_dir.path(), QStringLiteral("en"));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("en-search.png"))));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("en-import-preview.png"))));

    m_window->closeStudio();
    EXPECT_EQ(m_window->session(), nullptr);
    EXPECT_TRUE(m_window->pages().isEmpty());
    settle();
}

} // namespace mentordesk::test
