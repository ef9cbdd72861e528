// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarView.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

CalendarEntry entry(int column, int start, int end, const char* id)
{
    CalendarEntry e;
    e.column = column;
    e.startMinute = start;
    e.endMinute = end;
    e.lesson.meta.id = QString::fromLatin1(id);
    e.lesson.plannedMinutes = end - start;
    e.title = QStringLiteral("王小明, Alexandra-Katharina Oppenheimer-Wittgenstein");
    e.mentorColor = Qt::red;
    return e;
}

class CalendarViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QList<CalendarColumn> columns;
        for (int d = 0; d < 7; ++d) {
            CalendarColumn c;
            c.title = QStringLiteral("Day %1").arg(d);
            c.date = QDate(2026, 11, 16).addDays(d);
            columns.append(c);
        }
        view.setColumns(columns);
        view.setEntries({entry(1, 10 * 60, 11 * 60, "a"), entry(1, 10 * 60 + 30, 11 * 60 + 30, "b")});
        view.resize(900, 700);
        view.show();
    }

    CalendarView view;
};

} // namespace

TEST_F(CalendarViewTest, MapsPointsToQuarterHourSlots)
{
    const QRectF slot = view.slotRect({3, 9 * 60 + 15});
    auto found = view.slotAt(slot.center().toPoint());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->column, 3);
    EXPECT_EQ(found->minute, 9 * 60 + 15);
    EXPECT_FALSE(view.slotAt(QPoint(2, 300)).has_value()) << "the time axis is not a slot";
    EXPECT_FALSE(view.slotAt(QPoint(400, 2)).has_value()) << "the header is not a slot";
}

TEST_F(CalendarViewTest, OverlappingLessonsAreDrawnSideBySide)
{
    const QRectF a = view.entryRect(0);
    const QRectF b = view.entryRect(1);
    EXPECT_FALSE(a.intersects(b));
    EXPECT_LT(a.right(), b.left() + 1);
    EXPECT_NEAR(a.width(), b.width(), 1.0);
    EXPECT_EQ(view.entryAt(a.center().toPoint()), 0);
    EXPECT_EQ(view.entryAt(b.center().toPoint()), 1);
    EXPECT_EQ(view.entryAt(view.slotRect({5, 12 * 60}).center().toPoint()), -1);
}

TEST_F(CalendarViewTest, DoubleClickOpensLessonsOrAsksForANewOne)
{
    QSignalSpy lessonSpy(&view, &CalendarView::lessonActivated);
    QSignalSpy slotSpy(&view, &CalendarView::slotActivated);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, view.entryRect(1).center().toPoint());
    ASSERT_EQ(lessonSpy.count(), 1);
    EXPECT_EQ(lessonSpy.at(0).at(0).toString(), QStringLiteral("b"));
    QTest::mouseDClick(&view, Qt::LeftButton, {}, view.slotRect({4, 14 * 60}).center().toPoint());
    ASSERT_EQ(slotSpy.count(), 1);
    EXPECT_EQ(view.selectedSlot(), (CalendarSlot{4, 14 * 60}));
}

TEST_F(CalendarViewTest, KeyboardMovesTheSelectionAndEnterActivatesIt)
{
    QSignalSpy slotSpy(&view, &CalendarView::slotActivated);
    QSignalSpy lessonSpy(&view, &CalendarView::lessonActivated);
    view.setSelectedSlot({0, 10 * 60});
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.selectedSlot(), (CalendarSlot{1, 10 * 60}));
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(lessonSpy.count(), 1) << "a lesson covers 10:00 on day 1";
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.selectedSlot(), (CalendarSlot{2, 10 * 60 + 15}));
    QTest::keyClick(&view, Qt::Key_Enter);
    EXPECT_EQ(slotSpy.count(), 1);
    view.setSelectedSlot({6, 10 * 60});
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.selectedSlot()->column, 6) << "stays in the grid";
}

TEST_F(CalendarViewTest, PaintsEmptyStatesAndLongNamesWithoutTrouble)
{
    view.setEntries({});
    view.setEmptyText(QStringLiteral("No lessons this week — double-click a time to schedule one."));
    const QImage image = view.grab().toImage();
    EXPECT_EQ(image.size(), view.size() * view.devicePixelRatio());
    view.resize(200, 200); // narrower than the minimum: columns shrink, names are elided
    EXPECT_FALSE(view.grab().isNull());
}
