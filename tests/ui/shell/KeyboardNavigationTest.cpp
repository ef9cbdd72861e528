// SPDX-License-Identifier: GPL-3.0-or-later
// The main window works from the keyboard: Ctrl+1…Ctrl+9 open the pages, Ctrl+K the search, and Tab
// goes from the sidebar into the page shown and on round back to the sidebar (no focus trap).
#include "UiTestSupport.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/TabOrder.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace mentordesk;

namespace {

class KeyboardNavigationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), m_dir.filePath(QStringLiteral("demo.mentordesk"))));
        m_window.resize(1280, 800);
        m_window.show();
        QApplication::setActiveWindow(&m_window);
        ASSERT_TRUE(m_window.openStudioFile(m_dir.filePath(QStringLiteral("demo.mentordesk"))));
        m_sidebar = m_window.findChild<QListWidget*>(QStringLiteral("navigation"));
        ASSERT_NE(m_sidebar, nullptr);
    }

    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr) << "something has the focus";
        QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
        QApplication::processEvents();
    }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    MainWindow m_window{m_clock};
    QListWidget* m_sidebar = nullptr;
};

} // namespace

TEST_F(KeyboardNavigationTest, CtrlDigitsOpenThePagesAndCtrlKTheSearch)
{
    const QList<Page*> pages = m_window.pages();
    ASSERT_GE(pages.size(), 9);
    m_sidebar->setFocus(Qt::OtherFocusReason);
    for (int i = 8; i >= 0; --i) {
        press(Qt::Key_1 + i, Qt::ControlModifier);
        EXPECT_EQ(m_window.currentPage(), pages[i]) << "Ctrl+" << i + 1;
    }
    press(Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), m_window.findChild<QLineEdit*>(QStringLiteral("globalSearch")));
    press(Qt::Key_Escape);
    press(Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(m_window.currentPage(), pages[2]) << "Ctrl+3 from the search field";
}

TEST_F(KeyboardNavigationTest, TabGoesFromTheSidebarToThePageAndRoundBack)
{
    for (Page* page : m_window.pages()) {
        SCOPED_TRACE(page->pageId().toStdString());
        ASSERT_TRUE(m_window.showPage(page->pageId()));
        QApplication::processEvents();
        m_sidebar->setFocus(Qt::OtherFocusReason);
        const QList<QWidget*> stops = test::tabStopsIn(page);
        ASSERT_FALSE(stops.isEmpty()) << "the page has controls";
        press(Qt::Key_Tab);
        QWidget* first = QApplication::focusWidget();
        EXPECT_EQ(first, test::firstInReadingOrder(stops))
            << "Tab from the sidebar focuses " << (first ? test::describeWidget(first).toStdString() : "nothing")
            << ", not the page's first control "
            << test::describeWidget(test::firstInReadingOrder(stops)).toStdString();
        QList<QWidget*> visited{first};
        QStringList described;
        bool back = false;
        for (int i = 0; i < 200 && !back; ++i) {
            QWidget* before = QApplication::focusWidget();
            QWidget* now = test::pressTab();
            if (now == before) {
                ADD_FAILURE() << "Tab does not leave " << test::describeWidget(now).toStdString();
                break;
            }
            back = now == m_sidebar;
            visited.append(now);
            described.append(now != nullptr ? test::describeWidget(now) : QStringLiteral("nothing"));
        }
        EXPECT_TRUE(back) << "Tab never returns to the sidebar; it visits:\n  "
                          << described.join(QStringLiteral("\n  ")).toStdString();
        for (QWidget* stop : stops) {
            EXPECT_TRUE(visited.contains(stop) || test::otherOfGroupReached(stop, visited))
                << "never reached: " << test::describeWidget(stop).toStdString();
        }
    }
}

TEST_F(KeyboardNavigationTest, EveryPageButtonHasAMnemonicOrShortcutAndNoneClash)
{
    for (Page* page : m_window.pages()) {
        SCOPED_TRACE(page->pageId().toStdString());
        ASSERT_TRUE(m_window.showPage(page->pageId()));
        QApplication::processEvents();
        for (QPushButton* button : page->findChildren<QPushButton*>()) {
            if (button->isVisible() && !button->text().isEmpty()) {
                EXPECT_TRUE(button->text().contains(u'&') || !button->shortcut().isEmpty())
                    << "no mnemonic: " << test::describeWidget(button).toStdString();
            }
        }
        const QStringList clashes = test::mnemonicClashes(page);
        EXPECT_TRUE(clashes.isEmpty()) << "clashing mnemonics:\n  "
                                       << clashes.join(QStringLiteral("\n  ")).toStdString();
    }
}
