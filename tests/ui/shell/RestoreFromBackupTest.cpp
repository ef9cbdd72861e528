// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Restore from Backup…, driven through MainWindow's dialog-free steps (inspectBackup,
// restoreStudioFrom) and the confirmation dialog on its own.
#include "TestStudio.h"
#include "UiTestSupport.h"
#include "common/Clock.h"
#include "shell/MainWindow.h"
#include "shell/RestoreConfirmDialog.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StudioBackup.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

class RestoreFromBackupTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        QSettings().remove(u"backup"_s);
        m_backup = m_dir.filePath(u"harbour.mentordesk-backup"_s);
        MD_ASSERT_OK(StudioBackup::backup(session().db(), m_backup));
        MD_ASSERT_OK(StudioBackup::backup(session().db(), m_encrypted, u"long passphrase"_s));
        // A change made after the backups: a restore must take it away again.
        MD_ASSERT_OK(session().db().exec(u"UPDATE studio SET phone = '+1 555 0100'"_s));
        m_session.reset();
        m_window = std::make_unique<MainWindow>(m_clock);
        ASSERT_TRUE(m_window->openStudioFile(studioPath()));
    }
    void TearDown() override
    {
        m_window.reset();
        UiStudioTest::TearDown();
    }
    [[nodiscard]] QString phone() const
    {
        auto s = m_window->session()->db().prepare(u"SELECT phone FROM studio"_s);
        EXPECT_TRUE(s && s->exec() && s->next());
        return s ? s->text(0) : QString();
    }
    [[nodiscard]] QStringList safetyCopies() const
    {
        return QDir(m_dir.path()).entryList({u"studio.mentordesk.before-restore-*"_s}, QDir::Files);
    }
    [[nodiscard]] QAction* restoreAction() const { return m_window->findChild<QAction*>(u"restoreAction"_s); }

    QString m_backup;
    QString m_encrypted = m_dir.filePath(u"secret.mentordesk-backup"_s);
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(RestoreFromBackupTest, ChecksTheBackupFirstAndSaysWhatItHolds)
{
    ASSERT_NE(restoreAction(), nullptr);
    EXPECT_TRUE(restoreAction()->isEnabled());
    auto summary = m_window->inspectBackup(m_backup);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->studioName, m_window->session()->settings().name);
    EXPECT_EQ(summary->learners, 40);
    EXPECT_GT(summary->lessons, 1000);
    EXPECT_GT(summary->invoices, 0);
    EXPECT_EQ(phone(), u"+1 555 0100"_s) << "checking changes nothing";
    EXPECT_TRUE(safetyCopies().isEmpty());
}

TEST_F(RestoreFromBackupTest, RestoresTheBackupKeepsASafetyCopyAndReopens)
{
    const QString name = m_window->session()->settings().name;
    auto restored = m_window->restoreStudioFrom(m_backup);
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    ASSERT_NE(m_window->session(), nullptr) << "the studio is open again";
    EXPECT_EQ(QFileInfo(m_window->session()->path()).absoluteFilePath(), QFileInfo(studioPath()).absoluteFilePath());
    EXPECT_EQ(m_window->session()->settings().name, name);
    EXPECT_NE(phone(), u"+1 555 0100"_s) << "the change after the backup is gone";
    ASSERT_EQ(safetyCopies().size(), 1);
    EXPECT_EQ(QFileInfo(*restored).fileName(), safetyCopies().first());
    auto copy = Database::open(*restored, {});
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    auto s = (*copy)->prepare(u"SELECT phone FROM studio"_s);
    ASSERT_TRUE(s && s->exec() && s->next());
    EXPECT_EQ(s->text(0), u"+1 555 0100"_s) << "the safety copy holds the replaced studio";
}

TEST_F(RestoreFromBackupTest, AnEncryptedBackupNeedsItsPassphrase)
{
    auto missing = m_window->inspectBackup(m_encrypted);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, u"passphrase"_s);
    auto wrong = m_window->restoreStudioFrom(m_encrypted, u"not it"_s);
    ASSERT_FALSE(wrong);
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(phone(), u"+1 555 0100"_s);
    EXPECT_TRUE(safetyCopies().isEmpty());

    auto summary = m_window->inspectBackup(m_encrypted, u"long passphrase"_s);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_TRUE(summary->encrypted);
    MD_ASSERT_OK(m_window->restoreStudioFrom(m_encrypted, u"long passphrase"_s));
    EXPECT_NE(phone(), u"+1 555 0100"_s);
}

TEST_F(RestoreFromBackupTest, ACorruptBackupLeavesTheStudioUntouchedAndOpen)
{
    QByteArray bytes;
    {
        QFile f(m_backup);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    bytes.replace(bytes.size() / 2, 8192, QByteArray(8192, '\x5a'));
    const QString corrupt = m_dir.filePath(u"corrupt.mentordesk-backup"_s);
    {
        QFile f(corrupt);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    EXPECT_FALSE(m_window->inspectBackup(corrupt));
    // Why a signal and not the session's address: a new session may be allocated where the old one was.
    QSignalSpy reopened(m_window.get(), &MainWindow::studioOpened);
    auto restored = m_window->restoreStudioFrom(corrupt);
    ASSERT_FALSE(restored);
    EXPECT_FALSE(restored.error().message.isEmpty());
    ASSERT_NE(m_window->session(), nullptr) << "the studio is open again";
    EXPECT_EQ(reopened.count(), 1) << "(it was closed and reopened)";
    EXPECT_EQ(phone(), u"+1 555 0100"_s);
    EXPECT_TRUE(safetyCopies().isEmpty());
    EXPECT_TRUE(StudioBackup::verify(studioPath()));
}

TEST_F(RestoreFromBackupTest, IsRefusedToAnAccountThatIsNotAnOwner)
{
    m_window->session()->setActor({u"acc-desk"_s, u"desk"_s, Role::FrontDesk, {}});
    EXPECT_FALSE(restoreAction()->isEnabled()) << "the menu item follows the account";
    auto inspected = m_window->inspectBackup(m_backup);
    ASSERT_FALSE(inspected);
    EXPECT_EQ(inspected.error().code, ErrorCode::Refused);
    QSignalSpy reopened(m_window.get(), &MainWindow::studioOpened);
    auto restored = m_window->restoreStudioFrom(m_backup);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().code, ErrorCode::Refused);
    EXPECT_EQ(reopened.count(), 0) << "the studio was not even closed";
    EXPECT_EQ(phone(), u"+1 555 0100"_s);
    EXPECT_TRUE(safetyCopies().isEmpty());
}

TEST_F(RestoreFromBackupTest, ConfirmationNamesWhatIsReplacedAndTheSafetyCopy)
{
    auto summary = m_window->inspectBackup(m_backup);
    ASSERT_TRUE(summary);
    RestoreConfirmDialog dialog(m_backup, *summary, m_window->session()->settings().name, studioPath(),
                                m_window->session()->format());
    const QString text = dialog.text();
    EXPECT_TRUE(text.contains(m_window->session()->settings().name));
    EXPECT_TRUE(text.contains(u"40 learner"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"studio.mentordesk.before-restore-"_s));
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(m_backup)));
    EXPECT_FALSE(dialog.restoreButton()->isDefault()) << "Cancel is the default";
}

TEST_F(RestoreFromBackupTest, SettingsOffersRestoreForTheAccountsThatMayRestore)
{
    ASSERT_TRUE(m_window->showPage(u"settings"_s));
    auto* button = m_window->findChild<QPushButton*>(u"restoreButton"_s);
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isHidden());
    EXPECT_TRUE(button->isEnabled()) << "the owner may restore";
    m_window->session()->setActor({u"acc-desk"_s, u"desk"_s, Role::FrontDesk, {}});
    EXPECT_FALSE(button->isEnabled()) << "the button follows the window's action, and so the account";
}
