// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupInspector.h"

#include "TestStudio.h"
#include "people/PayerService.h"
#include "storage/Migration.h"
#include "storage/StudioBackup.h"
#include "studio/StudioService.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mentordesk;

class BackupInspectorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("studio.mentordesk")));
        ASSERT_TRUE(db) << db.error().message.toStdString();
        m_db = std::move(*db);
        StudioSettings settings;
        settings.name = QStringLiteral("Harbour Lights");
        MD_ASSERT_OK(StudioService(*m_db, m_clock).initialize(settings));
        MD_ASSERT_OK(PayerService(*m_db, m_clock)
                         .create({QStringLiteral("Kept Family"), {}, {}, {}, QStringLiteral("en"), {}, {}}));
        m_backup = m_dir.filePath(QStringLiteral("copy.mentordesk-backup"));
    }
    [[nodiscard]] QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QString m_backup;
};

TEST_F(BackupInspectorTest, SummarisesAnIntactBackup)
{
    MD_ASSERT_OK(StudioBackup::backup(*m_db, m_backup));
    EXPECT_FALSE(BackupInspector::isEncrypted(m_backup));
    auto summary = BackupInspector::inspect(m_backup);
    MD_ASSERT_OK(summary);
    EXPECT_EQ(summary->studioName, QStringLiteral("Harbour Lights"));
    EXPECT_EQ(summary->schemaVersion, latestSchemaVersion());
    EXPECT_EQ(summary->fileSize, QFileInfo(m_backup).size());
    EXPECT_TRUE(summary->modifiedUtc.isValid());
    EXPECT_FALSE(summary->encrypted);
    EXPECT_EQ(summary->learners, 0);
    EXPECT_FALSE(QFileInfo::exists(m_backup + QStringLiteral("-wal"))) << "inspecting must not write next to it";
}

TEST_F(BackupInspectorTest, AnEncryptedBackupNeedsTheRightPassphrase)
{
    MD_ASSERT_OK(StudioBackup::backup(*m_db, m_backup, QStringLiteral("long passphrase")));
    EXPECT_TRUE(BackupInspector::isEncrypted(m_backup));
    auto missing = BackupInspector::inspect(m_backup);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, QStringLiteral("passphrase"));
    EXPECT_FALSE(BackupInspector::inspect(m_backup, QStringLiteral("wrong passphrase")));
    auto summary = BackupInspector::inspect(m_backup, QStringLiteral("long passphrase"));
    MD_ASSERT_OK(summary);
    EXPECT_TRUE(summary->encrypted);
    EXPECT_EQ(summary->studioName, QStringLiteral("Harbour Lights"));
    EXPECT_EQ(QDir(m_dir.path())
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                  .filter(QStringLiteral("inspect")),
              QStringList{})
        << "the decrypted copy is removed";
}

TEST_F(BackupInspectorTest, RefusesCorruptForeignNewerAndMissingFiles)
{
    EXPECT_EQ(BackupInspector::inspect(m_dir.filePath(QStringLiteral("none"))).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(BackupInspector::inspect(writeFile(QStringLiteral("garbage"), QByteArray(8192, 'x'))));

    MD_ASSERT_OK(StudioBackup::backup(*m_db, m_backup));
    QByteArray bytes;
    {
        QFile f(m_backup);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    bytes.replace(bytes.size() / 2, 4096, QByteArray(4096, '\xff')); // a damaged page
    EXPECT_FALSE(BackupInspector::inspect(writeFile(QStringLiteral("damaged"), bytes)));

    const QString foreign = m_dir.filePath(QStringLiteral("foreign.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto notOurs = BackupInspector::inspect(foreign);
    ASSERT_FALSE(notOurs);
    EXPECT_EQ(notOurs.error().code, ErrorCode::Refused);

    const QString newer = m_dir.filePath(QStringLiteral("newer.mentordesk"));
    ASSERT_TRUE(QFile::copy(m_backup, newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    auto tooNew = BackupInspector::inspect(newer);
    ASSERT_FALSE(tooNew);
    EXPECT_EQ(tooNew.error().code, ErrorCode::Refused);
    EXPECT_TRUE(tooNew.error().message.contains(QStringLiteral("999")));
}

TEST_F(BackupInspectorTest, RefusesAStudioInUse)
{
    auto inUse = BackupInspector::inspect(m_db->path());
    ASSERT_FALSE(inUse);
    EXPECT_EQ(inUse.error().field, QStringLiteral("file"));
}

TEST_F(BackupInspectorTest, OnlyAnOwnerMayRestore)
{
    MD_ASSERT_OK(BackupInspector::mayRestore(*m_db)); // login off: the local owner
    m_db->setActor({QStringLiteral("acc-desk"), QStringLiteral("desk"), Role::FrontDesk, {}});
    auto desk = BackupInspector::mayRestore(*m_db);
    ASSERT_FALSE(desk);
    EXPECT_EQ(desk.error().code, ErrorCode::Refused);
    EXPECT_EQ(desk.error().field, QStringLiteral("permission"));
    m_db->setActor(Actor::nobody());
    EXPECT_FALSE(BackupInspector::mayRestore(*m_db));
}
