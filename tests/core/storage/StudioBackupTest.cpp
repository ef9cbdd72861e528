// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StudioBackup.h"

#include "TestStudio.h"
#include "people/PayerService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace mentordesk;

TEST(StudioBackupTest, CopyOfOpenStudioHasItsRowsAndReplacesAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.mentordesk"));
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    ASSERT_TRUE(
        PayerService(**db, clock).create({QStringLiteral("Kept Family"), {}, {}, {}, QStringLiteral("en"), {}, {}}));
    const QString target = dir.filePath(QStringLiteral("backups/copy.mentordesk"));
    MD_ASSERT_OK(StudioBackup::backup(**db, target));
    ASSERT_TRUE(PayerService(**db, clock).create({QStringLiteral("Second"), {}, {}, {}, QStringLiteral("en"), {}, {}}));
    MD_ASSERT_OK(StudioBackup::backup(**db, target)); // replaces the earlier copy

    Database::Options readOnly;
    readOnly.createIfMissing = false;
    auto copy = Database::open(target, readOnly);
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    auto page = PayerService(**copy, clock).list({}, {});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 2);
    for (const QString& f : QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files)) {
        EXPECT_FALSE(f.contains(QStringLiteral(".partial"))) << "temporary file left behind: " << f.toStdString();
    }
}

TEST(StudioBackupTest, RefusesToOverwriteTheStudioItself)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.mentordesk"));
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    auto r = StudioBackup::backup(**db, path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
}

TEST(StudioBackupTest, VerifyRejectsACorruptFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.mentordesk"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const auto verified = StudioBackup::verify(path);
    ASSERT_FALSE(verified);
    EXPECT_FALSE(verified.error().message.endsWith(QStringLiteral(": "))) << "the reason is named";
    EXPECT_TRUE(verified.error().message.contains(QStringLiteral("garbage.mentordesk")));
}

TEST(StudioBackupTest, EncryptedBackupRestoresAndOldFileIsKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.mentordesk"));
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(
            PayerService(**db, clock).create({QStringLiteral("Before"), {}, {}, {}, QStringLiteral("en"), {}, {}}));
        MD_ASSERT_OK(
            StudioBackup::backup(**db, dir.filePath(QStringLiteral("b.mentordesk-backup")), QStringLiteral("pw")));
        ASSERT_TRUE(
            PayerService(**db, clock).create({QStringLiteral("After"), {}, {}, {}, QStringLiteral("en"), {}, {}}));
    }
    auto wrong =
        StudioBackup::restore(dir.filePath(QStringLiteral("b.mentordesk-backup")), path, QStringLiteral("nope"));
    ASSERT_FALSE(wrong);
    auto noPass = StudioBackup::restore(dir.filePath(QStringLiteral("b.mentordesk-backup")), path);
    ASSERT_FALSE(noPass);
    EXPECT_EQ(noPass.error().field, QStringLiteral("passphrase"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        EXPECT_EQ(PayerService(**db, clock).list({}, {})->total, 2) << "a failed restore must not touch the studio";
    }
    auto previous =
        StudioBackup::restore(dir.filePath(QStringLiteral("b.mentordesk-backup")), path, QStringLiteral("pw"));
    ASSERT_TRUE(previous) << previous.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(*previous));
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    auto page = PayerService(**db, clock).list({}, {});
    ASSERT_EQ(page->total, 1);
    EXPECT_EQ(page->items.first().name, QStringLiteral("Before"));
}

TEST(StudioBackupTest, RestoreRefusesCorruptOrForeignFiles)
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.mentordesk-backup"));
    QFile f(garbage);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(10000, 'z'));
    f.close();
    const QString studio = dir.filePath(QStringLiteral("studio.mentordesk"));
    EXPECT_FALSE(StudioBackup::restore(garbage, studio));
    EXPECT_FALSE(QFile::exists(studio));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "no temporary files left behind";
}

TEST(StudioBackupTest, BackupWhileAnotherConnectionWritesIsConsistent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.mentordesk"));
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        auto own = Database::open(path); // a connection belongs to its thread
        if (!own) {
            return;
        }
        while (!stop) {
            if (PayerService(**own, clock)
                    .create({QStringLiteral("Writer"), {}, {}, {}, QStringLiteral("en"), {}, {}})) {
                ++written;
            }
        }
    });
    while (written < 20) {
        std::this_thread::yield();
    }
    for (int i = 0; i < 5; ++i) {
        const QString target = dir.filePath(QStringLiteral("copy-%1.mentordesk").arg(i));
        MD_ASSERT_OK(StudioBackup::backup(**db, target));
        MD_ASSERT_OK(StudioBackup::verify(target));
    }
    stop = true;
    writer.join();
    Database::Options ro;
    ro.createIfMissing = false;
    auto last = Database::open(dir.filePath(QStringLiteral("copy-4.mentordesk")), ro);
    ASSERT_TRUE(last);
    const qint64 copied = PayerService(**last, clock).list({}, {})->total;
    EXPECT_GT(copied, 0);
    EXPECT_LE(copied, written.load());
}

TEST(StudioBackupTest, PruneKeepsTheNewest)
{
    QTemporaryDir dir;
    for (const char* name : {"s-20260101-000000", "s-20260102-000000", "s-20260103-000000"}) {
        QFile f(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".mentordesk-backup")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    auto removed = StudioBackup::prune(dir.path(), 2);
    ASSERT_TRUE(removed);
    EXPECT_EQ(*removed, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("s-20260101-000000.mentordesk-backup"))));
    EXPECT_FALSE(StudioBackup::prune(dir.path(), 0));
    EXPECT_EQ(StudioBackup::automaticFileName(QStringLiteral("/x/My Studio.mentordesk"),
                                              QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC)),
              QStringLiteral("My Studio-20260304-050607.mentordesk-backup"));
}
