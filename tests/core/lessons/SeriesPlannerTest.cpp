// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/SeriesPlanner.h"

#include "lessons/StudioTimeZone.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
SeriesRule weekly(QDate first, QTime time = QTime(17, 0))
{
    SeriesRule r;
    r.firstStart = {first, time};
    return r;
}

const StudioTimeZone kBerlin{QTimeZone("Europe/Berlin")};
} // namespace

TEST(SeriesPlannerTest, UntilDateIsInclusive)
{
    SeriesRule r = weekly(QDate(2026, 2, 3));
    r.untilDate = QDate(2026, 2, 24);
    auto o = SeriesPlanner::occurrences(r, kBerlin);
    ASSERT_TRUE(o);
    ASSERT_EQ(o->size(), 4);
    EXPECT_EQ(o->last().localDate, QDate(2026, 2, 24));
    r.untilDate = QDate(2026, 2, 23);
    EXPECT_EQ(SeriesPlanner::occurrences(r, kBerlin)->size(), 3);
}

TEST(SeriesPlannerTest, CountSkipsAndIntervalCombine)
{
    SeriesRule r = weekly(QDate(2026, 2, 3));
    r.intervalWeeks = 2;
    r.count = 5;
    r.skippedDates = {QDate(2026, 2, 17)};
    auto o = SeriesPlanner::occurrences(r, kBerlin);
    ASSERT_TRUE(o);
    QList<QDate> dates;
    for (const Occurrence& x : *o) {
        dates << x.localDate;
    }
    // Why: skipped dates are removed after counting (RFC 5545 EXDATE), so 5 dates minus 1 skipped = 4 lessons.
    EXPECT_EQ(dates, (QList<QDate>{QDate(2026, 2, 3), QDate(2026, 3, 3), QDate(2026, 3, 17), QDate(2026, 3, 31)}));
}

TEST(SeriesPlannerTest, KeepsTheLocalTimeAcrossBothDaylightSavingChanges)
{
    SeriesRule r = weekly(QDate(2026, 3, 24));
    r.untilDate = QDate(2026, 3, 31);
    auto spring = SeriesPlanner::occurrences(r, kBerlin);
    ASSERT_TRUE(spring);
    EXPECT_EQ(spring->at(0).startsAt, QDateTime(QDate(2026, 3, 24), QTime(16, 0), Qt::UTC));
    EXPECT_EQ(spring->at(1).startsAt, QDateTime(QDate(2026, 3, 31), QTime(15, 0), Qt::UTC));
    r = weekly(QDate(2026, 10, 20));
    r.count = 2;
    auto autumn = SeriesPlanner::occurrences(r, kBerlin);
    ASSERT_TRUE(autumn);
    EXPECT_EQ(autumn->at(0).startsAt, QDateTime(QDate(2026, 10, 20), QTime(15, 0), Qt::UTC));
    EXPECT_EQ(autumn->at(1).startsAt, QDateTime(QDate(2026, 10, 27), QTime(16, 0), Qt::UTC));
}

TEST(SeriesPlannerTest, RefusesAnOccurrenceInTheSpringGapUnlessSkipped)
{
    SeriesRule r = weekly(QDate(2026, 3, 22), QTime(2, 30));
    r.count = 3;
    auto refused = SeriesPlanner::occurrences(r, kBerlin);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("start"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2026-03-29")));
    r.skippedDates = {QDate(2026, 3, 29)};
    auto skipped = SeriesPlanner::occurrences(r, kBerlin);
    ASSERT_TRUE(skipped);
    EXPECT_EQ(skipped->size(), 2);
}

TEST(SeriesPlannerTest, RejectsBadRulesNamingTheField)
{
    struct Case
    {
        SeriesRule rule;
        const char* field;
    };
    SeriesRule base = weekly(QDate(2026, 2, 3));
    base.count = 3;
    QList<Case> cases;
    SeriesRule r = base;
    r.intervalWeeks = 0;
    cases.append({r, "every"});
    r = base;
    r.intervalWeeks = 53;
    cases.append({r, "every"});
    r = base;
    r.count.reset();
    cases.append({r, "until"});
    r = base;
    r.count = 0;
    cases.append({r, "count"});
    r = base;
    r.count = 1001;
    cases.append({r, "count"});
    r = base;
    r.count.reset();
    r.untilDate = QDate(2026, 2, 2);
    cases.append({r, "until"});
    r = base;
    r.count.reset();
    r.untilDate = QDate(2046, 1, 1);
    cases.append({r, "until"});
    r = base;
    r.skippedDates = {QDate(2026, 2, 4)};
    cases.append({r, "skip"});
    r = base;
    r.skippedDates = {QDate(2026, 3, 3)};
    cases.append({r, "skip"});
    r = base;
    r.count = 1;
    r.skippedDates = {QDate(2026, 2, 3)};
    cases.append({r, "skip"});
    r = base;
    r.firstStart = {};
    cases.append({r, "start"});
    for (const Case& c : std::as_const(cases)) {
        auto o = SeriesPlanner::occurrences(c.rule, kBerlin);
        ASSERT_FALSE(o) << c.field;
        EXPECT_EQ(o.error().code, ErrorCode::Invalid);
        EXPECT_EQ(o.error().field, QString::fromLatin1(c.field)) << o.error().message.toStdString();
    }
}

TEST(SeriesPlannerTest, AllowsExactlyOneThousandLessons)
{
    SeriesRule r = weekly(QDate(2026, 2, 3));
    r.count = 1000;
    auto o = SeriesPlanner::occurrences(r, kBerlin);
    ASSERT_TRUE(o);
    EXPECT_EQ(o->size(), 1000);
}
