// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarSummary.h"

#include "CalendarTestSupport.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarPageTexts.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

constexpr int kParallel = 20;

/// A week of seven day columns with `kParallel` lessons at 10:00–11:00 on day 1 and one at 14:00 on day 2.
class CalendarSummaryViewTest : public ::testing::Test
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
        QList<CalendarEntry> entries;
        for (int i = 0; i <= kParallel; ++i) {
            CalendarEntry e;
            e.column = i < kParallel ? 1 : 2;
            e.startMinute = i < kParallel ? 600 : 840;
            e.endMinute = e.startMinute + 60;
            e.lesson.meta.id = QStringLiteral("l%1").arg(i);
            e.lesson.status = i % 4 == 0 ? LessonStatus::Held : LessonStatus::Scheduled;
            e.title = QStringLiteral("Learner %1").arg(i);
            e.mentorName = QStringLiteral("Mentor %1").arg(i % 5);
            entries.append(e);
        }
        view.setEntries(entries);
        view.resize(900, 700);
        view.show();
    }

    CalendarView view;
};

} // namespace

TEST_F(CalendarSummaryViewTest, ParallelLessonsBecomeOneSummaryBlock)
{
    ASSERT_EQ(view.summaries().size(), 1);
    EXPECT_EQ(view.summaries().first().items.size(), kParallel);
    EXPECT_TRUE(view.entryRect(0).isEmpty()) << "summarised lessons have no block of their own";
    EXPECT_EQ(view.summaryOf(kParallel), -1);
    EXPECT_GE(view.entryRect(kParallel).width(), view.minimumLaneWidth() - 4);
    const QRectF block = view.summaryRect(0);
    EXPECT_NEAR(block.width(), view.columnWidth() - 4, 1.0) << "the summary fills its column";
    EXPECT_EQ(view.summaryAt(block.center().toPoint()), 0);
    EXPECT_EQ(view.entryAt(block.center().toPoint()), -1);
    const QString tip = CalendarSummary::toolTip(view.entries(), view.summaries().first(), QLocale::c(), false);
    EXPECT_TRUE(tip.contains(QStringLiteral("Learner 0"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("Learner 10 "))) << "only the first ten are listed";
    EXPECT_TRUE(tip.contains(CalendarSummary::tr("… and %n more", nullptr, kParallel - 10)));
    const auto counts = CalendarSummary::statusCounts(view.entries(), view.summaries().first());
    ASSERT_EQ(counts.size(), 2);
    EXPECT_EQ(counts[0], qMakePair(LessonStatus::Scheduled, 15));
    EXPECT_EQ(counts[1], qMakePair(LessonStatus::Held, 5));
    EXPECT_FALSE(view.grab().isNull());
}

TEST_F(CalendarSummaryViewTest, WideEnoughColumnsGoBackToLanes)
{
    QSignalSpy density(&view, &CalendarView::densityChanged);
    view.resize(int(view.axisWidth() + 7 * kParallel * view.minimumLaneWidth() + 20), 700);
    EXPECT_TRUE(view.summaries().isEmpty());
    ASSERT_EQ(density.count(), 1);
    EXPECT_FALSE(density.at(0).at(0).toBool());
    EXPECT_GE(view.entryRect(0).width(), view.minimumLaneWidth() - 4);
}

TEST_F(CalendarSummaryViewTest, ActivatingASummaryAsksForItsColumnAndFreeTimeStillSchedules)
{
    QSignalSpy summarySpy(&view, &CalendarView::summaryActivated);
    QSignalSpy slotSpy(&view, &CalendarView::slotActivated);
    QSignalSpy lessonSpy(&view, &CalendarView::lessonActivated);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, view.summaryRect(0).center().toPoint());
    ASSERT_EQ(summarySpy.count(), 1);
    EXPECT_EQ(summarySpy.at(0).at(0).toInt(), 1);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, view.slotRect({1, 11 * 60}).center().toPoint());
    ASSERT_EQ(slotSpy.count(), 1) << "the hour after the summary is free";
    EXPECT_EQ(view.selectedSlot(), (CalendarSlot{1, 11 * 60}));
    view.setSelectedSlot({1, 10 * 60 + 15});
    EXPECT_EQ(view.selectedSummary(), 0);
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(summarySpy.count(), 2) << "Enter on a summary opens it too";
    EXPECT_EQ(lessonSpy.count(), 0);
}

namespace {

/// The demo studio plus kParallel lessons at 07:00 on 2026-11-20, all with one mentor (conflicts allowed).
class CalendarSummaryPageTest : public test::CalendarTest
{
protected:
    void SetUp() override
    {
        CalendarTest::SetUp();
        mentor = mentors().first().meta.id;
        addParallelLessons(mentor, {kDay, QTime(7, 0)}, kParallel);
        if (HasFatalFailure()) {
            return;
        }
        page = std::make_unique<CalendarPage>(session());
        page->resize(1200, 800);
        page->show();
        page->activate();
        page->setAnchor(kDay);
        QApplication::processEvents();
    }
    void TearDown() override
    {
        page.reset();
        CalendarTest::TearDown();
    }

    /// Index of the summary covering 07:00 in the column showing `kDay` (day view: the mentor's column).
    int summaryAtSeven() const
    {
        const CalendarView* v = page->view();
        for (int c = 0; c < v->columns().size(); ++c) {
            const CalendarColumn& col = v->columns()[c];
            if (col.date == kDay && (col.mentorId.isEmpty() || col.mentorId == mentor)) {
                return v->summaryAt(CalendarSlot{c, 7 * 60});
            }
        }
        return -1;
    }

    static inline const QDate kDay{2026, 11, 20};
    Id mentor;
    std::unique_ptr<CalendarPage> page;
};

} // namespace

TEST_F(CalendarSummaryPageTest, WeekViewShowsSummariesAndNoSliver)
{
    const CalendarView* v = page->view();
    ASSERT_EQ(page->mode(), CalendarMode::Week);
    const int summary = summaryAtSeven();
    ASSERT_GE(summary, 0);
    EXPECT_GE(v->summaries()[summary].items.size(), kParallel);
    int drawn = 0;
    for (int i = 0; i < v->entries().size(); ++i) {
        if (v->summaryOf(i) < 0) {
            ++drawn;
            EXPECT_GE(v->entryRect(i).width() + 4, v->minimumLaneWidth() - 0.01) << "entry " << i;
        }
    }
    EXPECT_GT(drawn, 0) << "the demo's ordinary lessons keep their blocks";
    const auto* hint = page->findChild<QLabel*>(QStringLiteral("hint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_EQ(hint->text(), CalendarPageTexts::hint(CalendarMode::Week, true));
}

TEST_F(CalendarSummaryPageTest, ASummaryOpensItsDayThenItsMentor)
{
    CalendarView* v = page->view();
    QTest::mouseDClick(v, Qt::LeftButton, {}, v->summaryRect(summaryAtSeven()).center().toPoint());
    EXPECT_EQ(page->mode(), CalendarMode::Day);
    EXPECT_EQ(page->range().first, kDay);
    const int summary = summaryAtSeven();
    ASSERT_GE(summary, 0) << "20 lessons still do not fit one mentor's column of the day view";
    const auto* hint = page->findChild<QLabel*>(QStringLiteral("hint"));
    EXPECT_EQ(hint->text(), CalendarPageTexts::hint(CalendarMode::Day, true));
    QTest::mouseDClick(v, Qt::LeftButton, {}, v->summaryRect(summary).center().toPoint());
    ASSERT_EQ(v->columns().size(), 1) << "only the mentor is shown";
    EXPECT_EQ(v->columns().first().mentorId, mentor);
}
