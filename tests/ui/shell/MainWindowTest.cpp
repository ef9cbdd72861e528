// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "UiTestSupport.h"
#include "shell/Page.h"

#include <QLineEdit>

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
