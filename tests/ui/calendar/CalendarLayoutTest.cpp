// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarLayout.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(CalendarLayoutTest, SeparateLessonsTakeTheWholeColumn)
{
    const auto placed = CalendarLayout::arrange({{0, 600, 660}, {0, 660, 720}, {1, 600, 660}});
    ASSERT_EQ(placed.size(), 3);
    for (const CalendarPlacement& p : placed) {
        EXPECT_EQ(p.lane, 0);
        EXPECT_EQ(p.lanes, 1) << "touching lessons do not overlap";
    }
}

TEST(CalendarLayoutTest, OverlappingLessonsShareTheColumn)
{
    const auto placed = CalendarLayout::arrange({{0, 600, 660}, {0, 630, 690}});
    EXPECT_EQ(placed[0].lane, 0);
    EXPECT_EQ(placed[1].lane, 1);
    EXPECT_EQ(placed[0].lanes, 2);
    EXPECT_EQ(placed[1].lanes, 2);
}

TEST(CalendarLayoutTest, AChainOfOverlapsReusesFreedLanes)
{
    // a 10:00–11:00, b 10:30–11:30, c 11:00–12:00: a and c never overlap, so c takes a's lane.
    const auto placed = CalendarLayout::arrange({{2, 660, 720}, {2, 600, 660}, {2, 630, 690}});
    EXPECT_EQ(placed[1].lane, 0);
    EXPECT_EQ(placed[2].lane, 1);
    EXPECT_EQ(placed[0].lane, 0);
    for (const CalendarPlacement& p : placed) {
        EXPECT_EQ(p.lanes, 2);
    }
}

TEST(CalendarLayoutTest, ColumnsAndClustersAreIndependent)
{
    const auto placed =
        CalendarLayout::arrange({{0, 600, 700}, {0, 610, 620}, {0, 615, 640}, {0, 800, 860}, {1, 600, 700}});
    EXPECT_EQ(placed[0].lanes, 3);
    EXPECT_EQ(placed[2].lane, 2);
    EXPECT_EQ(placed[3].lanes, 1) << "a later lesson starts a new cluster";
    EXPECT_EQ(placed[4].lanes, 1) << "another column";
    EXPECT_TRUE(CalendarLayout::arrange({}).isEmpty());
}
