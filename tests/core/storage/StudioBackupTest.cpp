// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StudioBackup.h"

#include "TestStudio.h"
#include "people/PayerService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

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
    EXPECT_FALSE(StudioBackup::verify(path));
}
