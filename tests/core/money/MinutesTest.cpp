// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Minutes.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(MinutesTest, ParsesCommonForms)
{
    EXPECT_EQ(*Minutes::parse(QStringLiteral("90")), 90);
    EXPECT_EQ(*Minutes::parse(QStringLiteral("1:30")), 90);
    EXPECT_EQ(*Minutes::parse(QStringLiteral("1h30m")), 90);
    EXPECT_EQ(*Minutes::parse(QStringLiteral("2h")), 120);
    EXPECT_EQ(*Minutes::parse(QStringLiteral("45m")), 45);
    EXPECT_EQ(*Minutes::parse(QStringLiteral(" 0 ")), 0);
}

TEST(MinutesTest, RejectsBadDurations)
{
    for (const char* bad : {"", "-5", "1:75", "abc", "1.5", "h", "600001"}) {
        auto r = Minutes::parse(QString::fromLatin1(bad), QStringLiteral("duration"));
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().field, QStringLiteral("duration"));
    }
}

TEST(MinutesTest, FormatsHoursMinutes)
{
    EXPECT_EQ(Minutes::toHoursMinutes(90), QStringLiteral("1:30"));
    EXPECT_EQ(Minutes::toHoursMinutes(5), QStringLiteral("0:05"));
    EXPECT_EQ(Minutes::toHoursMinutes(-61), QStringLiteral("-1:01"));
}
