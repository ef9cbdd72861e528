// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarPage.h"

#include "CalendarTestSupport.h"

#include <QApplication>
#include <QSet>

using namespace mentordesk;

class CalendarPageTest : public test::CalendarTest
{
protected:
    void SetUp() override
    {
        CalendarTest::SetUp();
        page = std::make_unique<CalendarPage>(session());
        page->resize(1200, 800);
        page->show();
        page->activate();
        QApplication::processEvents();
    }
    void TearDown() override
    {
        page.reset();
        CalendarTest::TearDown();
    }

    /// The lessons the service returns for the page's visible range (and mentor filter).
    QList<Lesson> expected(const Id& mentorId = {})
    {
        LessonFilter filter;
        const CalendarRange r = page->range();
        filter.fromUtc = utc(r.first, QTime(0, 0));
        filter.toUtc = utc(r.last.addDays(1), QTime(0, 0));
        filter.mentorId = mentorId;
        return lessons(filter);
    }

    std::unique_ptr<CalendarPage> page;
};

TEST_F(CalendarPageTest, OpensOnTheWeekContainingToday)
{
    EXPECT_EQ(page->pageId(), QStringLiteral("calendar"));
    EXPECT_EQ(page->mode(), CalendarMode::Week);
    EXPECT_EQ(page->anchor(), QDate(2026, 11, 20));
    const CalendarRange r = page->range();
    EXPECT_EQ(r.first.daysTo(r.last), 6);
    EXPECT_LE(r.first, QDate(2026, 11, 20));
    EXPECT_GE(r.last, QDate(2026, 11, 20));
    EXPECT_EQ(r.first.dayOfWeek(), session().format().locale().firstDayOfWeek());
    ASSERT_EQ(page->view()->columns().size(), 7);
    int highlighted = 0;
    for (const CalendarColumn& c : page->view()->columns()) {
        highlighted += c.highlighted ? 1 : 0;
    }
    EXPECT_EQ(highlighted, 1) << "today is marked";
    EXPECT_FALSE(page->view()->entries().isEmpty()) << "the demo has lessons this week";
}

TEST_F(CalendarPageTest, LoadsOnlyTheVisibleRange)
{
    const QList<Lesson> week = expected();
    EXPECT_EQ(page->loader().lastFetchCount(), week.size());
    EXPECT_EQ(page->view()->entries().size(), week.size());
    EXPECT_LT(page->loader().lastFetchCount() * 10, lessonCount()) << "a week is a small slice of the studio";
    const auto [from, to] = page->loader().lastQueryRange();
    for (const Lesson& l : page->loader().lessons()) {
        EXPECT_GE(l.startsAt, from);
        EXPECT_LT(l.startsAt, to);
    }
    page->goNext();
    EXPECT_EQ(page->loader().lastFetchCount(), expected().size()) << "each week is queried on its own";
}

TEST_F(CalendarPageTest, BlocksSitInTheirDayColumnAtTheirLocalTime)
{
    for (const CalendarEntry& e : page->view()->entries()) {
        const LocalDateTime at = local(e.lesson.startsAt);
        ASSERT_LT(e.column, page->view()->columns().size());
        EXPECT_EQ(page->view()->columns()[e.column].date, at.date);
        EXPECT_EQ(e.startMinute, at.time.hour() * 60 + at.time.minute());
        EXPECT_EQ(e.endMinute - e.startMinute, e.lesson.plannedMinutes);
        EXPECT_TRUE(e.title.contains(e.lesson.attendees.value(0).learnerName));
    }
}

TEST_F(CalendarPageTest, DayViewHasOneColumnPerMentor)
{
    page->setMode(CalendarMode::Day);
    EXPECT_EQ(page->range().first, page->range().last);
    QSet<Id> columnMentors;
    for (const CalendarColumn& c : page->view()->columns()) {
        EXPECT_FALSE(c.mentorId.isEmpty());
        EXPECT_TRUE(c.accent.isValid()) << "the mentor's colour";
        columnMentors.insert(c.mentorId);
    }
    EXPECT_GE(columnMentors.size(), 3);
    for (const CalendarEntry& e : page->view()->entries()) {
        EXPECT_EQ(page->view()->columns()[e.column].mentorId, e.lesson.mentorId);
    }
    EXPECT_EQ(page->view()->entries().size(), expected().size());
    page->goNext();
    EXPECT_EQ(page->anchor(), QDate(2026, 11, 21));
    page->goPrevious();
    page->goPrevious();
    EXPECT_EQ(page->anchor(), QDate(2026, 11, 19));
}

TEST_F(CalendarPageTest, MentorFilterQueriesOneMentor)
{
    const Mentor mentor = mentors().first();
    page->setMentorFilter(mentor.meta.id);
    for (const Lesson& l : page->loader().lessons()) {
        EXPECT_EQ(l.mentorId, mentor.meta.id);
    }
    EXPECT_EQ(page->loader().lastFetchCount(), expected(mentor.meta.id).size());
    page->setMode(CalendarMode::Day);
    EXPECT_EQ(page->view()->columns().size(), 1);
    page->setMentorFilter({});
    EXPECT_GE(page->view()->columns().size(), 3);
}

TEST_F(CalendarPageTest, NavigatesByWeekAndShowsAnEmptyState)
{
    page->goNext();
    EXPECT_EQ(page->anchor(), QDate(2026, 11, 27));
    page->goToday();
    EXPECT_EQ(page->anchor(), QDate(2026, 11, 20));
    page->setAnchor(QDate(2031, 3, 3));
    EXPECT_TRUE(page->view()->entries().isEmpty());
    EXPECT_TRUE(page->view()->emptyText().contains(QStringLiteral("No lessons this week")));
    EXPECT_EQ(page->loader().lastFetchCount(), 0);
}

TEST_F(CalendarPageTest, ShowRecordJumpsToTheLessonAndSelectsIt)
{
    LessonFilter march;
    march.fromUtc = utc(QDate(2026, 3, 1), QTime(0, 0));
    const Lesson lesson = firstLesson(march);
    EXPECT_TRUE(page->showRecord(QStringLiteral("lesson"), lesson.meta.id));
    EXPECT_EQ(page->anchor(), local(lesson.startsAt).date);
    ASSERT_TRUE(page->view()->selectedSlot().has_value());
    const int entry = page->view()->entryAt(*page->view()->selectedSlot());
    ASSERT_GE(entry, 0);
    EXPECT_EQ(page->view()->entries()[entry].lesson.meta.id, lesson.meta.id);
    EXPECT_FALSE(page->showRecord(QStringLiteral("lesson"), newId()));
    EXPECT_FALSE(page->showRecord(QStringLiteral("course"), lesson.meta.id));
}

TEST_F(CalendarPageTest, SlotsStandForADayOrAMentor)
{
    const auto [weekStart, weekMentor] = page->slotTarget({2, 17 * 60 + 30});
    EXPECT_EQ(weekStart.date, page->range().first.addDays(2));
    EXPECT_EQ(weekStart.time, QTime(17, 30));
    EXPECT_TRUE(weekMentor.isEmpty()) << "all mentors shown: the dialog picks one";
    page->setMode(CalendarMode::Day);
    const auto [dayStart, dayMentor] = page->slotTarget({1, 8 * 60});
    EXPECT_EQ(dayStart.date, page->anchor());
    EXPECT_EQ(dayMentor, page->view()->columns()[1].mentorId);
}
