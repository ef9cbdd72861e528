// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillableLesson.h"
#include "billing/PriceLine.h"
#include "billing/plans/Plan.h"

#include <QDateTime>
#include <gtest/gtest.h>
#include <utility>

namespace mentordesk::test {

/// 10:00 UTC on the given day.
inline QDateTime utc(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

/// A held lesson of `minutes` on `day` at 10:00 UTC.
inline BillableLesson heldLesson(const QString& id, QDate day, int minutes)
{
    BillableLesson l;
    l.lessonId = id;
    l.startsAt = QDateTime(day, QTime(10, 0), Qt::UTC);
    l.localDate = day;
    l.plannedMinutes = minutes;
    l.actualMinutes = minutes;
    return l;
}

/// A lesson with another status (planned minutes only).
inline BillableLesson lessonWithStatus(const QString& id, QDate day, int minutes, BillableStatus status)
{
    BillableLesson l = heldLesson(id, day, minutes);
    l.actualMinutes.reset();
    l.status = status;
    return l;
}

inline Plan makePlan(Plan::Terms terms, const QString& id = QStringLiteral("plan-1"))
{
    Plan p;
    p.id = id;
    p.label = id;
    p.effectiveFrom = QDate(2026, 1, 1);
    p.taxRateId = QStringLiteral("vat");
    p.terms = std::move(terms);
    return p;
}

inline HourlyPlan hourlyTerms(qint64 rateMinor, qint64 oneOffFeeMinor = 0)
{
    HourlyPlan h;
    h.rateMinor = rateMinor;
    h.oneOffFeeMinor = oneOffFeeMinor;
    return h;
}

/// Sum of the lines' amounts (test helper; fails the test on overflow).
inline qint64 totalOf(const QList<PriceLine>& lines)
{
    auto t = PriceLine::total(lines);
    EXPECT_TRUE(t.has_value());
    return t.value_or(0);
}

/// Lines of one kind.
inline QList<PriceLine> linesOfKind(const QList<PriceLine>& lines, PriceLine::Kind kind)
{
    QList<PriceLine> out;
    for (const PriceLine& l : lines) {
        if (l.kind == kind) {
            out.append(l);
        }
    }
    return out;
}

} // namespace mentordesk::test

/// Asserts a Result failed with ErrorCode::Invalid on `key`.
#define MD_EXPECT_INVALID(expr, key)                                                                                   \
    do {                                                                                                               \
        const auto& md_r_ = (expr);                                                                                    \
        ASSERT_FALSE(md_r_.has_value());                                                                               \
        EXPECT_EQ(md_r_.error().code, ::mentordesk::ErrorCode::Invalid);                                               \
        EXPECT_EQ(md_r_.error().field.toStdString(), std::string(key)) << md_r_.error().message.toStdString();         \
        EXPECT_FALSE(md_r_.error().message.isEmpty());                                                                 \
    } while (false)
