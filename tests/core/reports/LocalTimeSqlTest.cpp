// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/LocalTimeSql.h"

#include "TestStudio.h"
#include "reports/ReportCalendar.h"
#include "storage/Statement.h"

using namespace mentordesk;

namespace {

class LocalTimeSqlTest : public test::StudioTest
{
protected:
    /// Evaluates `fragment` (over the column "t") for the stored instant `utc`.
    QString eval(const SqlFragment& fragment, const QString& utc)
    {
        auto s = db().prepare(QStringLiteral("SELECT ") + fragment.sql + QStringLiteral(" FROM (SELECT ? AS t)"));
        EXPECT_TRUE(s.has_value());
        if (!s) {
            return {};
        }
        for (const QVariant& v : fragment.binds) {
            s->bind(v);
        }
        s->bind(utc);
        EXPECT_TRUE(s->exec().has_value());
        return s->next() ? s->text(0) : QString();
    }

    const QTimeZone berlin{"Europe/Berlin"};
    const LocalTimeSql year2026{berlin, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)};
};

} // namespace

TEST_F(LocalTimeSqlTest, OneOffsetWithoutTransitionsIsASingleBoundModifier)
{
    const LocalTimeSql winter(berlin, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(winter.periodCount(), 1);
    const SqlFragment f = winter.offsetModifier(QStringLiteral("t"));
    EXPECT_EQ(f.sql, QStringLiteral("?"));
    EXPECT_EQ(f.binds, QVariantList{QStringLiteral("+3600 seconds")});
    EXPECT_EQ(LocalTimeSql(QTimeZone::utc(), {}, {}).periodCount(), 1);
    EXPECT_EQ(LocalTimeSql::modifier(-18000), QStringLiteral("-18000 seconds"));
}

TEST_F(LocalTimeSqlTest, AYearInBerlinHasThreeOffsetPeriods)
{
    EXPECT_EQ(year2026.periodCount(), 3); // CET, CEST from 29 March, CET from 25 October
}

TEST_F(LocalTimeSqlTest, LocalDatesFollowDaylightSaving)
{
    const SqlFragment day = year2026.localDate(QStringLiteral("t"));
    // 23:30 UTC is 00:30 the next day in winter (UTC+1) …
    EXPECT_EQ(eval(day, QStringLiteral("2026-01-14T23:30:00Z")), QStringLiteral("2026-01-15"));
    // … and 22:30 UTC is already the next day in summer (UTC+2).
    EXPECT_EQ(eval(day, QStringLiteral("2026-07-14T22:30:00Z")), QStringLiteral("2026-07-15"));
    EXPECT_EQ(eval(day, QStringLiteral("2026-01-14T22:30:00Z")), QStringLiteral("2026-01-14"));
    // Either side of the spring change at 01:00 UTC on 29 March.
    EXPECT_EQ(eval(day, QStringLiteral("2026-03-28T22:59:00Z")), QStringLiteral("2026-03-28"));
    EXPECT_EQ(eval(day, QStringLiteral("2026-03-29T22:30:00Z")), QStringLiteral("2026-03-30"));
    // Autumn: 25 October 01:00 UTC back to UTC+1.
    EXPECT_EQ(eval(day, QStringLiteral("2026-10-25T22:30:00Z")), QStringLiteral("2026-10-25"));
    EXPECT_EQ(eval(day, QStringLiteral("2026-10-24T22:30:00Z")), QStringLiteral("2026-10-25"));
}

TEST_F(LocalTimeSqlTest, WeekStartsOnTheStudiosFirstWeekday)
{
    // Sunday 29 March 2026, 23:30 local (21:30 UTC, summer time).
    const QString sundayNight = QStringLiteral("2026-03-29T21:30:00Z");
    EXPECT_EQ(eval(year2026.weekStart(QStringLiteral("t"), 1), sundayNight), QStringLiteral("2026-03-23"));
    EXPECT_EQ(eval(year2026.weekStart(QStringLiteral("t"), 7), sundayNight), QStringLiteral("2026-03-29"));
    // Monday 30 March 00:30 local is 29 March 22:30 UTC: a new Monday week.
    EXPECT_EQ(eval(year2026.weekStart(QStringLiteral("t"), 1), QStringLiteral("2026-03-29T22:30:00Z")),
              QStringLiteral("2026-03-30"));
    // For every first weekday the SQL agrees with ReportCalendar on every day of a fortnight.
    for (int day = 0; day < 14; ++day) {
        const QDate date = QDate(2026, 6, 1).addDays(day);
        const QString noonUtc = date.toString(Qt::ISODate) + QStringLiteral("T10:00:00Z");
        for (int first = 1; first <= 7; ++first) {
            EXPECT_EQ(eval(year2026.weekStart(QStringLiteral("t"), first), noonUtc),
                      ReportCalendar::weekStart(date, first).toString(Qt::ISODate))
                << date.toString(Qt::ISODate).toStdString() << " first weekday " << first;
        }
    }
}

TEST_F(LocalTimeSqlTest, MonthStartUsesTheLocalMonth)
{
    const SqlFragment month = year2026.monthStart(QStringLiteral("t"));
    EXPECT_EQ(eval(month, QStringLiteral("2026-10-31T23:30:00Z")), QStringLiteral("2026-11-01"));
    EXPECT_EQ(eval(month, QStringLiteral("2026-10-31T22:30:00Z")), QStringLiteral("2026-10-01"));
    EXPECT_EQ(eval(month, QStringLiteral("2026-06-30T22:00:00Z")), QStringLiteral("2026-07-01"));
}
