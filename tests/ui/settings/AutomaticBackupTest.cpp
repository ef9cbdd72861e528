// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AutomaticBackup.h"

#include "UiTestSupport.h"
#include "common/Clock.h"
#include "settings/AutomaticBackupForm.h"
#include "shell/MainWindow.h"
#include "storage/StudioBackup.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

class AutomaticBackupTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        QSettings().remove(u"backup"_s);
        ASSERT_TRUE(m_backups.isValid());
    }
    void TearDown() override
    {
        QSettings().remove(u"backup"_s);
        UiStudioTest::TearDown();
    }
    [[nodiscard]] QStringList backupFiles() const
    {
        return QDir(m_backups.path()).entryList({u"*.mentordesk-backup"_s}, QDir::Files);
    }

    QTemporaryDir m_backups;
};

TEST_F(AutomaticBackupTest, IsOffUntilEnabled)
{
    const AutomaticBackup::Options options = AutomaticBackup::load();
    EXPECT_FALSE(options.enabled);
    EXPECT_EQ(options.keep, AutomaticBackup::kDefaultKeep);
    auto ran = AutomaticBackup::runIfEnabled(session());
    ASSERT_TRUE(ran);
    EXPECT_TRUE(ran->isEmpty());
}

TEST_F(AutomaticBackupTest, WritesAVerifiedCopyIntoTheFolderWhenEnabled)
{
    AutomaticBackup::store({true, m_backups.path(), 3});
    auto ran = AutomaticBackup::runIfEnabled(session());
    ASSERT_TRUE(ran) << ran.error().message.toStdString();
    EXPECT_TRUE(ran->startsWith(m_backups.path()));
    EXPECT_TRUE(ran->endsWith(u".mentordesk-backup"_s));
    EXPECT_TRUE(StudioBackup::verify(*ran));
    EXPECT_EQ(backupFiles().size(), 1);
}

TEST_F(AutomaticBackupTest, KeepsOnlyTheNewestCopies)
{
    for (const QString& stamp : {u"20250101-000000"_s, u"20250102-000000"_s, u"20250103-000000"_s}) {
        QFile old(QDir(m_backups.path())
                      .filePath(QFileInfo(studioPath()).completeBaseName() + u'-' + stamp + u".mentordesk-backup"_s));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    }
    auto ran = AutomaticBackup::run(session(), {true, m_backups.path(), 2});
    ASSERT_TRUE(ran) << ran.error().message.toStdString();
    EXPECT_EQ(backupFiles().size(), 2);
    EXPECT_TRUE(QFileInfo::exists(*ran));
}

TEST_F(AutomaticBackupTest, RefusesAnEmptyFolderAndWritesNothing)
{
    auto ran = AutomaticBackup::run(session(), {true, u"  "_s, 2});
    ASSERT_FALSE(ran);
    EXPECT_EQ(ran.error().field, u"folder"_s);
    EXPECT_FALSE(ran.error().message.isEmpty());
    EXPECT_TRUE(backupFiles().isEmpty());
}

TEST_F(AutomaticBackupTest, RefusesAFolderThatCannotBeCreated)
{
    QFile file(QDir(m_backups.path()).filePath(u"a-file"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    auto ran = AutomaticBackup::run(session(), {true, file.fileName() + u"/sub"_s, 2});
    ASSERT_FALSE(ran);
    EXPECT_EQ(ran.error().field, u"folder"_s);
}

TEST_F(AutomaticBackupTest, FormStoresEveryChangeAndDisablesFieldsWhenOff)
{
    AutomaticBackupForm form;
    EXPECT_FALSE(form.enabledBox()->isChecked());
    EXPECT_FALSE(form.folderEdit()->isEnabled());
    EXPECT_FALSE(form.keepBox()->isEnabled());

    form.enabledBox()->setChecked(true);
    EXPECT_TRUE(form.folderEdit()->isEnabled());
    form.folderEdit()->setText(QDir::toNativeSeparators(m_backups.path()));
    emit form.folderEdit()->editingFinished();
    form.keepBox()->setValue(7);

    const AutomaticBackup::Options stored = AutomaticBackup::load();
    EXPECT_TRUE(stored.enabled);
    EXPECT_EQ(stored.folder, m_backups.path());
    EXPECT_EQ(stored.keep, 7);

    AutomaticBackupForm again;
    EXPECT_TRUE(again.enabledBox()->isChecked());
    EXPECT_EQ(again.keepBox()->value(), 7);
}

TEST_F(AutomaticBackupTest, ClosingTheStudioInTheMainWindowBacksItUp)
{
    AutomaticBackup::store({true, m_backups.path(), 3});
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    MainWindow window(clock);
    ASSERT_TRUE(window.openStudioFile(studioPath()));
    EXPECT_TRUE(backupFiles().isEmpty());
    window.closeStudio();
    ASSERT_EQ(backupFiles().size(), 1);
    EXPECT_TRUE(StudioBackup::verify(QDir(m_backups.path()).filePath(backupFiles().first())));
}
