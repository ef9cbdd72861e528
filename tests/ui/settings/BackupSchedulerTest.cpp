// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/BackupScheduler.h"

#include "UiTestSupport.h"
#include "common/Clock.h"
#include "settings/AutomaticBackup.h"
#include "settings/AutomaticBackupForm.h"
#include "shell/MainWindow.h"
#include "storage/StudioBackup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

class BackupSchedulerTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        QSettings().remove(u"backup"_s);
        ASSERT_TRUE(m_backups.isValid());
        QObject::connect(&m_scheduler, &BackupScheduler::backupFinished,
                         [this](const QString& path, const QDateTime&) { m_finished.append(path); });
        QObject::connect(&m_scheduler, &BackupScheduler::backupFailed,
                         [this](const QString& message) { m_failures.append(message); });
    }
    void TearDown() override
    {
        m_scheduler.stop();
        QSettings().remove(u"backup"_s);
        UiStudioTest::TearDown();
    }
    [[nodiscard]] QStringList backupFiles() const
    {
        return QDir(m_backups.path()).entryList({u"*.mentordesk-backup"_s}, QDir::Files, QDir::Name);
    }
    /// One tick; when it started a backup, waits for it (no sleeping: the worker is joined).
    bool tickAndWait()
    {
        const bool started = m_scheduler.tick();
        m_scheduler.waitForIdle();
        return started;
    }

    QTemporaryDir m_backups;
    BackupScheduler m_scheduler{m_clock};
    QStringList m_finished;
    QStringList m_failures;
};

TEST_F(BackupSchedulerTest, DoesNothingWhenOffOrOnlyOnClose)
{
    m_scheduler.start(studioPath());
    EXPECT_FALSE(tickAndWait());
    AutomaticBackup::store({true, m_backups.path(), 3, 0});
    EXPECT_FALSE(tickAndWait());
    AutomaticBackup::store({false, m_backups.path(), 3, 1});
    EXPECT_FALSE(tickAndWait());
    EXPECT_TRUE(backupFiles().isEmpty());
    m_scheduler.stop();
    AutomaticBackup::store({true, m_backups.path(), 3, 1});
    EXPECT_FALSE(tickAndWait()) << "not watching a studio";
}

TEST_F(BackupSchedulerTest, BacksUpWhenDueAndAgainOnlyAfterTheInterval)
{
    AutomaticBackup::store({true, m_backups.path(), 2, 4});
    m_scheduler.start(studioPath());
    EXPECT_FALSE(m_scheduler.lastBackupUtc().isValid());
    ASSERT_TRUE(tickAndWait()) << "no backup yet: due at once";
    ASSERT_EQ(m_finished.size(), 1);
    EXPECT_TRUE(m_failures.isEmpty());
    ASSERT_EQ(backupFiles().size(), 1);
    EXPECT_TRUE(StudioBackup::verify(m_finished.first()));
    EXPECT_EQ(m_scheduler.lastBackupUtc(), m_clock.nowUtc());

    m_clock.advanceSeconds(3 * 3600 + 59 * 60);
    EXPECT_FALSE(tickAndWait());
    m_clock.advanceSeconds(60);
    EXPECT_TRUE(tickAndWait());
    m_clock.advanceSeconds(4 * 3600);
    EXPECT_TRUE(tickAndWait());
    EXPECT_EQ(m_finished.size(), 3);
    EXPECT_EQ(backupFiles().size(), 2) << "retention keeps the newest two";
    EXPECT_EQ(backupFiles().last(), QFileInfo(m_finished.last()).fileName());
}

TEST_F(BackupSchedulerTest, CountsABackupMadeBeforeFromItsFileName)
{
    AutomaticBackup::store({true, m_backups.path(), 5, 8});
    QFile earlier(QDir(m_backups.path())
                      .filePath(StudioBackup::automaticFileName(studioPath(), m_clock.nowUtc().addSecs(-2 * 3600))));
    ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
    earlier.close();
    m_scheduler.start(studioPath());
    EXPECT_EQ(m_scheduler.lastBackupUtc(), m_clock.nowUtc().addSecs(-2 * 3600));
    EXPECT_FALSE(tickAndWait());
    m_clock.advanceSeconds(6 * 3600);
    EXPECT_TRUE(tickAndWait());
}

TEST_F(BackupSchedulerTest, AFailureIsReportedWithoutADialogAndRetriedLater)
{
    QFile blocker(QDir(m_backups.path()).filePath(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AutomaticBackup::store({true, blocker.fileName() + u"/sub"_s, 3, 1});
    m_scheduler.start(studioPath());
    ASSERT_TRUE(tickAndWait());
    ASSERT_EQ(m_failures.size(), 1);
    EXPECT_FALSE(m_scheduler.lastError().isEmpty());
    EXPECT_TRUE(m_finished.isEmpty());
    EXPECT_FALSE(tickAndWait()) << "held back after a failure";
    m_clock.advanceSeconds(15 * 60);
    AutomaticBackup::store({true, m_backups.path(), 3, 1});
    EXPECT_TRUE(tickAndWait());
    EXPECT_EQ(m_finished.size(), 1);
    EXPECT_TRUE(m_scheduler.lastError().isEmpty());
}

TEST_F(BackupSchedulerTest, TheMainWindowShowsTheLastBackupInTheStatusBar)
{
    AutomaticBackup::store({true, m_backups.path(), 3, 1});
    MainWindow window(m_clock);
    ASSERT_TRUE(window.openStudioFile(studioPath()));
    auto* label = window.findChild<QLabel*>(u"lastBackup"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), u"No automatic backup yet"_s);
    ASSERT_TRUE(window.backupScheduler().tick());
    window.backupScheduler().waitForIdle();
    EXPECT_TRUE(label->text().startsWith(u"Last backup "_s)) << label->text().toStdString();
    EXPECT_EQ(backupFiles().size(), 1);
    window.closeStudio(); // waits for nothing, backs up on close
    EXPECT_FALSE(window.backupScheduler().isActive());
}

TEST_F(BackupSchedulerTest, TheFormStoresTheSchedule)
{
    AutomaticBackupForm form;
    QComboBox* schedule = form.scheduleBox();
    EXPECT_FALSE(schedule->isEnabled());
    EXPECT_EQ(schedule->currentData().toInt(), 0);
    form.enabledBox()->setChecked(true);
    EXPECT_TRUE(schedule->isEnabled());
    EXPECT_FALSE(schedule->toolTip().isEmpty());
    schedule->setCurrentIndex(schedule->findData(24));
    EXPECT_EQ(AutomaticBackup::load().everyHours, 24);
    AutomaticBackupForm again;
    EXPECT_EQ(again.scheduleBox()->currentData().toInt(), 24);
    QSettings().setValue(u"backup/everyHours"_s, 5); // not a choice: shown as "only on close"
    AutomaticBackupForm odd;
    EXPECT_EQ(odd.scheduleBox()->currentData().toInt(), 0);
}
