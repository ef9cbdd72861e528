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

namespace {
/// `count` lessons of one column all starting at 10:00 (one hour long), plus one at 14:00.
QList<CalendarSlotItem> parallel(int count)
{
    QList<CalendarSlotItem> items;
    for (int i = 0; i < count; ++i) {
        items.append({0, 600, 660});
    }
    items.append({0, 840, 900});
    return items;
}
} // namespace

TEST(CalendarLayoutTest, FewOverlapsKeepTheirLanes)
{
    const CalendarArrangement a = CalendarLayout::arrange(parallel(3), 240.0, 60.0);
    EXPECT_TRUE(a.summaries.isEmpty());
    ASSERT_EQ(a.placements.size(), 4);
    for (qsizetype i = 0; i < 3; ++i) {
        EXPECT_EQ(a.placements[i].summary, -1);
        EXPECT_EQ(a.placements[i].lanes, 3);
        EXPECT_EQ(a.placements[i].lane, i);
    }
}

TEST(CalendarLayoutTest, ManyOverlapsBecomeOneSummary)
{
    const CalendarArrangement a = CalendarLayout::arrange(parallel(20), 240.0, 60.0);
    ASSERT_EQ(a.summaries.size(), 1);
    const CalendarSummaryGroup& g = a.summaries.first();
    EXPECT_EQ(g.column, 0);
    EXPECT_EQ(g.startMinute, 600);
    EXPECT_EQ(g.endMinute, 660);
    EXPECT_EQ(g.items.size(), 20);
    for (qsizetype i = 0; i < 20; ++i) {
        EXPECT_EQ(a.placements[i].summary, 0);
    }
    EXPECT_EQ(a.placements[20].summary, -1) << "the lone 14:00 lesson keeps its block";
    EXPECT_EQ(a.placements[20].lanes, 1);
}

TEST(CalendarLayoutTest, TheBoundaryWidthStillFitsLanes)
{
    // 4 lanes of 60 px fit a 240-px column exactly; one pixel less does not.
    EXPECT_TRUE(CalendarLayout::arrange(parallel(4), 240.0, 60.0).summaries.isEmpty());
    EXPECT_EQ(CalendarLayout::arrange(parallel(4), 239.0, 60.0).summaries.size(), 1);
    EXPECT_TRUE(CalendarLayout::fitsLanes(4, 240.0, 60.0));
    EXPECT_FALSE(CalendarLayout::fitsLanes(5, 240.0, 60.0));
    EXPECT_TRUE(CalendarLayout::fitsLanes(1, 10.0, 60.0)) << "a lone lesson is never summarised";
}

TEST(CalendarLayoutTest, SummariesAreDecidedPerCluster)
{
    // Column 0: 6 parallel lessons at 10:00 (too narrow) and 2 at 11:00 (fit); column 1: 6 in a wide column.
    QList<CalendarSlotItem> items;
    for (int i = 0; i < 6; ++i) {
        items.append({0, 600, 645});
        items.append({1, 600, 660});
    }
    items.append({0, 660, 720});
    items.append({0, 690, 720});
    const CalendarArrangement a = CalendarLayout::arrange(items, 200.0, 50.0);
    ASSERT_EQ(a.summaries.size(), 2);
    EXPECT_EQ(a.summaries[0].column, 0);
    EXPECT_EQ(a.summaries[0].endMinute, 645);
    EXPECT_EQ(a.summaries[1].column, 1);
    EXPECT_EQ(a.placements[12].summary, -1);
    EXPECT_EQ(a.placements[13].lanes, 2);
    EXPECT_EQ(CalendarLayout::arrange(items, 400.0, 50.0).summaries.size(), 0) << "wide enough for 6 lanes";
}
