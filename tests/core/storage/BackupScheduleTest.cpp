// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupSchedule.h"

#include "storage/StudioBackup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 20), QTime(hour, minute), Qt::UTC);
}
} // namespace

TEST(BackupScheduleTest, OnlyOnCloseIsNeverDueWhileOpen)
{
    const BackupSchedule onClose(0);
    EXPECT_FALSE(onClose.isActive());
    EXPECT_FALSE(onClose.isDue({}, {}, at(9)));
    EXPECT_FALSE(BackupSchedule(-3).isDue(at(1), {}, at(23)));
    EXPECT_FALSE(onClose.nextDue({}, {}, at(9)).isValid());
}

TEST(BackupScheduleTest, IsDueAtOnceWithoutAnEarlierBackup)
{
    const BackupSchedule hourly(1);
    EXPECT_TRUE(hourly.isDue({}, {}, at(9)));
    EXPECT_EQ(hourly.nextDue({}, {}, at(9)), at(9));
}

TEST(BackupScheduleTest, IsDueWhenTheIntervalHasPassed)
{
    const BackupSchedule every4(4);
    EXPECT_FALSE(every4.isDue(at(9), {}, at(12, 59)));
    EXPECT_EQ(every4.nextDue(at(9), {}, at(10)), at(13));
    EXPECT_TRUE(every4.isDue(at(9), {}, at(13)));
    EXPECT_TRUE(every4.isDue(at(9), {}, at(23)));
    const BackupSchedule daily(24);
    EXPECT_FALSE(daily.isDue(at(9), {}, at(23)));
    EXPECT_TRUE(daily.isDue(at(9), {}, at(9).addDays(1)));
}

TEST(BackupScheduleTest, AFailureHoldsTheNextAttemptBack)
{
    const BackupSchedule hourly(1);
    EXPECT_FALSE(hourly.isDue({}, at(9), at(9, 10)));
    EXPECT_TRUE(hourly.isDue({}, at(9), at(9, 15)));
    EXPECT_EQ(hourly.nextDue(at(7), at(9), at(9, 1)), at(9, 15));
    // An old failure before the last good backup changes nothing.
    EXPECT_EQ(hourly.nextDue(at(9), at(8), at(9, 30)), at(10));
}

TEST(BackupScheduleTest, ABackupStampedInTheFutureCountsAsDue)
{
    EXPECT_TRUE(BackupSchedule(24).isDue(at(20), {}, at(9)));
}

TEST(BackupScheduleTest, ReadsTheNewestStampOfThisStudiosBackups)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString studio = QStringLiteral("/somewhere/harbour.mentordesk");
    EXPECT_FALSE(BackupSchedule::lastAutomaticBackup(dir.path(), studio).isValid());
    EXPECT_FALSE(BackupSchedule::lastAutomaticBackup(QString(), studio).isValid());
    for (const QString& name :
         {StudioBackup::automaticFileName(studio, at(8)), StudioBackup::automaticFileName(studio, at(10, 30)),
          StudioBackup::automaticFileName(QStringLiteral("/x/other.mentordesk"), at(11)),
          QStringLiteral("harbour-garbage.mentordesk-backup")}) {
        QFile file(QDir(dir.path()).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    EXPECT_EQ(BackupSchedule::lastAutomaticBackup(dir.path(), studio), at(10, 30));
    EXPECT_EQ(BackupSchedule::stampOf(StudioBackup::automaticFileName(studio, at(8)), studio), at(8));
    EXPECT_FALSE(BackupSchedule::stampOf(QStringLiteral("harbour-2026.mentordesk-backup"), studio).isValid());
    EXPECT_FALSE(BackupSchedule::stampOf(QStringLiteral("harbour-20261120-080000.txt"), studio).isValid());
}
