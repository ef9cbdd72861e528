// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCalendar.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(ReportCalendarTest, WeekStartGoesBackToTheFirstWeekday)
{
    const QDate thursday(2026, 1, 15);
    EXPECT_EQ(ReportCalendar::weekStart(thursday, 1), QDate(2026, 1, 12));
    EXPECT_EQ(ReportCalendar::weekStart(thursday, 7), QDate(2026, 1, 11));
    EXPECT_EQ(ReportCalendar::weekStart(thursday, 4), thursday);
    EXPECT_EQ(ReportCalendar::weekStart(thursday, 5), QDate(2026, 1, 9));
    EXPECT_EQ(ReportCalendar::weekStart(thursday, 0), QDate(2026, 1, 12)); // out of range: Monday
    EXPECT_FALSE(ReportCalendar::weekStart(QDate(), 1).isValid());
}

TEST(ReportCalendarTest, WeekStartsCoverEveryOverlappingWeek)
{
    const QList<QDate> weeks = ReportCalendar::weekStarts(QDate(2026, 1, 15), QDate(2026, 1, 26), 1);
    EXPECT_EQ(weeks, (QList<QDate>{QDate(2026, 1, 12), QDate(2026, 1, 19), QDate(2026, 1, 26)}));
    EXPECT_TRUE(ReportCalendar::weekStarts(QDate(2026, 2, 1), QDate(2026, 1, 1), 1).isEmpty());
    EXPECT_EQ(ReportCalendar::weekStarts(QDate(2026, 1, 12), QDate(2026, 1, 12), 1).size(), 1);
}

TEST(ReportCalendarTest, MonthStartsCoverEveryOverlappingMonth)
{
    EXPECT_EQ(ReportCalendar::monthStarts(QDate(2025, 11, 30), QDate(2026, 2, 1)),
              (QList<QDate>{QDate(2025, 11, 1), QDate(2025, 12, 1), QDate(2026, 1, 1), QDate(2026, 2, 1)}));
    EXPECT_TRUE(ReportCalendar::monthStarts(QDate(2026, 3, 1), QDate(2026, 2, 1)).isEmpty());
}
