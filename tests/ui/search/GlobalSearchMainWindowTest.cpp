// SPDX-License-Identifier: GPL-3.0-or-later
// The search field inside the main window. Why a file of its own: shell/Page.h (the page widget)
// and core's common/Page.h (a page of rows) both declare mentordesk::Page, so this file includes
// no core service headers.
#include "UiTestSupport.h"
#include "models/SearchHitModel.h"
#include "search/GlobalSearchPopup.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Saves `image` as NAME.png in $MENTORDESK_SHOTS_DIR when it is set (for looking at the widgets).
void saveShot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("MENTORDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(name + u".png"_s));
    }
}

} // namespace

TEST(GlobalSearchMainWindowTest, MainWindowWiresTheSearchFieldAndTheImportExportActions)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.mentordesk"_s);
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    MainWindow window(clock);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openStudioFile(path));
    auto* field = window.findChild<QLineEdit*>(u"globalSearch"_s);
    auto* popup = window.findChild<GlobalSearchPopup*>();
    ASSERT_NE(field, nullptr);
    ASSERT_NE(popup, nullptr);
    auto* importAction = window.findChild<QAction*>(u"importAction"_s);
    ASSERT_NE(importAction, nullptr);
    EXPECT_EQ(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_NE(window.findChild<QAction*>(u"exportAction"_s), nullptr);

    field->setFocus();
    field->setText(u"a"_s);
    popup->searchNow();
    ASSERT_GT(popup->model()->hitCount(), 3) << "the demo studio has names with an a";
    QSignalSpy navigation(window.session(), &StudioSession::navigationRequested);

    QImage shot = window.grab().toImage();
    if (popup->popup()->isVisible()) {
        QPainter painter(&shot);
        const QPoint at = window.mapFromGlobal(popup->popup()->mapToGlobal(QPoint(0, 0)));
        painter.drawPixmap(at, popup->popup()->grab());
    }
    saveShot(shot, u"search-popup"_s);

    const QString kind = popup->model()->index(0, 0).data(SearchHitModel::KindRole).toString();
    EXPECT_TRUE(popup->activateRow(0));
    ASSERT_EQ(navigation.size(), 1);
    EXPECT_EQ(navigation[0][0].toString(), kind);
}

TEST(GlobalSearchMainWindowTest, CtrlKFocusesTheFieldAndEnterOpensTheCourseOnItsPage)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.mentordesk"_s);
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    MainWindow window(clock);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(window.openStudioFile(path));
    ASSERT_TRUE(window.showPage(u"settings"_s));

    auto* action = window.findChild<QAction*>(u"searchAction"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_K)));
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(QKeySequence::Find)));
    action->trigger();
    auto* field = window.findChild<QLineEdit*>(u"globalSearch"_s);
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), field);

    auto title = window.session()->db().prepare(
        u"SELECT title FROM courses WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY title LIMIT 1"_s);
    ASSERT_TRUE(title);
    ASSERT_TRUE(title->exec());
    ASSERT_TRUE(title->next()) << "the demo studio has courses";
    const QString courseTitle = title->text(0);

    QTest::keyClicks(field, courseTitle);
    QTest::keyClick(field, Qt::Key_Return);
    Page* courses = nullptr;
    for (Page* page : window.pages()) {
        if (page->pageId() == u"courses") {
            courses = page;
        }
    }
    ASSERT_NE(courses, nullptr);
    EXPECT_TRUE(courses->isVisible()) << "Enter opened " << courseTitle.toStdString() << " on the Courses page";
    EXPECT_TRUE(field->text().isEmpty());
}
