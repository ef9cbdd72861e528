// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "UiTestSupport.h"
#include "shell/Page.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>

using namespace mentordesk;

TEST(MainWindowTest, StartsOnTheWelcomeScreen)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    MainWindow window(clock);
    window.show();
    EXPECT_EQ(window.session(), nullptr);
    EXPECT_TRUE(window.pages().isEmpty());
    auto missing = window.openStudioFile(QStringLiteral("/nonexistent/dir/none.mentordesk"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(window.session(), nullptr);
}

TEST(MainWindowTest, SmokeOpensEveryPageOfTheDemoStudio)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.mentordesk"));
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    MainWindow window(clock);
    window.show();
    auto opened = window.openStudioFile(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Harbour Lights")));
    for (Page* page : window.pages()) {
        SCOPED_TRACE(page->pageId().toStdString());
        EXPECT_TRUE(window.showPage(page->pageId()));
        EXPECT_TRUE(page->isVisible());
        EXPECT_FALSE(page->pageTitle().isEmpty());
    }
    window.closeStudio();
    EXPECT_EQ(window.session(), nullptr);
}

TEST(MainWindowTest, OpeningAStudioBuildsOnlyTheFirstPageAndTheRestOnDemand)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.mentordesk"));
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    MainWindow window(clock);
    window.show();
    ASSERT_TRUE(window.openStudioFile(path).has_value());
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(sidebar, nullptr);
    // Which page opens depends on the remembered last page (shared by parallel test processes).
    ASSERT_EQ(window.builtPages().size(), 1);
    EXPECT_EQ(window.builtPages().constFirst(), window.currentPage());
    EXPECT_GE(sidebar->count(), 9) << "every page is listed before it is built";

    // A page not built yet is built when shown.
    const QString other = window.currentPage()->pageId() == QStringLiteral("settings") ? QStringLiteral("courses")
                                                                                       : QStringLiteral("settings");
    EXPECT_TRUE(window.showPage(other));
    EXPECT_EQ(window.builtPages().size(), 2);
    EXPECT_EQ(window.currentPage()->pageId(), other);
    EXPECT_EQ(sidebar->currentItem()->text(), window.currentPage()->pageTitle());

    const QList<Page*> all = window.pages();
    ASSERT_EQ(all.size(), sidebar->count());
    for (int row = 0; row < sidebar->count(); ++row) {
        EXPECT_EQ(sidebar->item(row)->text(), all[row]->pageTitle()) << row;
    }
    window.closeStudio();
    EXPECT_TRUE(window.builtPages().isEmpty());
    EXPECT_EQ(sidebar->count(), 0);
}
