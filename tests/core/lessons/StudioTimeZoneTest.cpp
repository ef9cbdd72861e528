// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/StudioTimeZone.h"

#include "TestStudio.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
const Field kStart{QStringLiteral("start"), QStringLiteral("Start")};

StudioTimeZone berlin()
{
    return StudioTimeZone(QTimeZone("Europe/Berlin"));
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

TEST(StudioTimeZoneTest, ConvertsWallClockTimesOnBothSidesOfDaylightSaving)
{
    const StudioTimeZone zone = berlin();
    auto winter = zone.toUtc({QDate(2026, 3, 24), QTime(17, 0)}, kStart);
    auto summer = zone.toUtc({QDate(2026, 3, 31), QTime(17, 0)}, kStart);
    ASSERT_TRUE(winter && summer);
    EXPECT_EQ(*winter, utc(2026, 3, 24, 16, 0));
    EXPECT_EQ(*summer, utc(2026, 3, 31, 15, 0));
    EXPECT_EQ(zone.format(*summer), QStringLiteral("2026-03-31 17:00"));
    EXPECT_EQ(zone.toLocal(*winter), (LocalDateTime{QDate(2026, 3, 24), QTime(17, 0)}));
}

TEST(StudioTimeZoneTest, RefusesTheSkippedSpringHourNamingTheField)
{
    auto gap = berlin().toUtc({QDate(2026, 3, 29), QTime(2, 30)}, kStart);
    ASSERT_FALSE(gap);
    EXPECT_EQ(gap.error().code, ErrorCode::Invalid);
    EXPECT_EQ(gap.error().field, QStringLiteral("start"));
    EXPECT_TRUE(gap.error().message.contains(QStringLiteral("2026-03-29 02:30")));
    EXPECT_TRUE(gap.error().message.contains(QStringLiteral("Europe/Berlin")));
    auto justAfter = berlin().toUtc({QDate(2026, 3, 29), QTime(3, 0)}, kStart);
    ASSERT_TRUE(justAfter);
    EXPECT_EQ(*justAfter, utc(2026, 3, 29, 1, 0));
}

TEST(StudioTimeZoneTest, TakesTheFirstOfTheRepeatedAutumnHour)
{
    auto twice = berlin().toUtc({QDate(2026, 10, 25), QTime(2, 30)}, kStart);
    ASSERT_TRUE(twice);
    EXPECT_EQ(*twice, utc(2026, 10, 25, 0, 30));
}

TEST(StudioTimeZoneTest, ParsesDateTimesAndRejectsMalformedText)
{
    auto ok = StudioTimeZone::parse(QStringLiteral(" 2026-02-03 17:00 "), kStart);
    ASSERT_TRUE(ok);
    EXPECT_EQ(*ok, (LocalDateTime{QDate(2026, 2, 3), QTime(17, 0)}));
    EXPECT_TRUE(StudioTimeZone::parse(QStringLiteral("2026-02-03T09:05"), kStart));
    for (const char* bad : {"2026-02-30 17:00", "2026-02-03", "17:00", "2026-02-03 25:00", "tomorrow"}) {
        auto r = StudioTimeZone::parse(QString::fromLatin1(bad), kStart);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().field, QStringLiteral("start"));
    }
    EXPECT_EQ(*StudioTimeZone::parseTime(QStringLiteral("8:15"), kStart), QTime(8, 15));
    EXPECT_FALSE(StudioTimeZone::parseTime(QStringLiteral("8.15"), kStart));
}

TEST(StudioTimeZoneTest, RejectsUnknownZoneIds)
{
    auto r =
        StudioTimeZone::fromId(QStringLiteral("Mars/Olympus"), {QStringLiteral("time_zone"), QStringLiteral("Zone")});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("time_zone"));
    EXPECT_TRUE(StudioTimeZone::fromId(QStringLiteral("Asia/Shanghai"), {}));
}
