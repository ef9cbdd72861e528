// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/LocalDateTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace mentordesk {

class StudioTimeZone;

/// A weekly recurrence in wall-clock terms: the first local start, then every `intervalWeeks` weeks at
/// the same local time, up to `untilDate` (inclusive) and/or `count` pattern dates, minus skipped dates.
/// Skipped dates are removed after counting (as EXDATE in RFC 5545): 10 lessons with one skipped date make 9.
struct SeriesRule
{
    LocalDateTime firstStart;
    int intervalWeeks = 1;
    QDate untilDate;
    std::optional<int> count;
    QList<QDate> skippedDates;
};

/// One materialised date of a series.
struct Occurrence
{
    QDate localDate;
    QDateTime startsAt; ///< UTC
};

/// Pure recurrence arithmetic (no database): which local dates a rule produces and their UTC instants.
class SeriesPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(SeriesPlanner)

public:
    static constexpr int kMaxOccurrences = 1000;

    /// The rule's dates before skipped dates are removed, without validation; at most `cap` dates.
    [[nodiscard]] static QList<QDate> patternDates(const SeriesRule& rule, int cap = kMaxOccurrences + 1);
    /// Validates the rule (field keys "start", "every", "until", "count", "skip") and returns the
    /// occurrences in time order. Refused: no end rule, an end before the start, more than 1000 lessons, a
    /// skipped date that is not a date of the series, every date skipped, and an occurrence whose local
    /// time does not exist (the spring-forward gap) — that one names the date so it can be skipped.
    [[nodiscard]] static Result<QList<Occurrence>> occurrences(const SeriesRule& rule, const StudioTimeZone& zone);
};

} // namespace mentordesk
