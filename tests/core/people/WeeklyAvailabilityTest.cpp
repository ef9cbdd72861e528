// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/WeeklyAvailability.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(WeeklyAvailabilityTest, ParsesAndFormatsSlots)
{
    auto slot = WeeklyAvailability::parse(QStringLiteral("wed 14:00-18:30"));
    ASSERT_TRUE(slot) << slot.error().message.toStdString();
    EXPECT_EQ(*slot, (AvailabilitySlot{3, 840, 1110}));
    EXPECT_EQ(WeeklyAvailability::format(*slot), QStringLiteral("wed 14:00-18:30"));
    auto late = WeeklyAvailability::parse(QStringLiteral("  Sunday 9:05 - 24:00 "));
    ASSERT_TRUE(late) << late.error().message.toStdString();
    EXPECT_EQ(*late, (AvailabilitySlot{7, 545, 1440}));
    EXPECT_EQ(WeeklyAvailability::format(*late), QStringLiteral("sun 09:05-24:00"));
    EXPECT_EQ(WeeklyAvailability::parse(QStringLiteral("MON 00:00-00:01"))->weekday, 1);
}

TEST(WeeklyAvailabilityTest, RefusesMalformedSlotsNamingTheField)
{
    for (const char* text :
         {"", "mon", "mon 09:00", "xyz 09:00-10:00", "mon 9-10", "mon 09:60-10:00", "mon 25:00-26:00",
          "mon 24:00-24:00", "mon 10:00-09:00", "mon 09:00-09:00", "mon 09:00-24:01", "mo 09:00-10:00"}) {
        auto r = WeeklyAvailability::parse(QString::fromUtf8(text));
        ASSERT_FALSE(r) << text;
        EXPECT_EQ(r.error().field, QStringLiteral("availability")) << text;
        EXPECT_FALSE(r.error().message.isEmpty());
    }
}

TEST(WeeklyAvailabilityTest, ValidateSortsAndDetectsOverlap)
{
    auto ok = WeeklyAvailability::validate({{2, 60, 120}, {1, 600, 700}, {1, 0, 600}});
    ASSERT_TRUE(ok);
    EXPECT_EQ(*ok, (QList<AvailabilitySlot>{{1, 0, 600}, {1, 600, 700}, {2, 60, 120}}));
    EXPECT_EQ(WeeklyAvailability::totalMinutes(*ok), 600 + 100 + 60);
    auto overlap = WeeklyAvailability::validate({{7, 0, 100}, {7, 50, 60}});
    ASSERT_FALSE(overlap);
    EXPECT_TRUE(overlap.error().message.contains(QStringLiteral("sun 00:00-01:40")));
    EXPECT_TRUE(overlap.error().message.contains(QStringLiteral("sun 00:50-01:00")));
}
