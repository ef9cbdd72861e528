// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentProgress.h"
#include "reports/TodaySummary.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

class Formatter;

/// The rich-text rows of the Today page. Links are "lesson:ID", "learner:ID", "mentor:ID"; every
/// name is HTML-escaped.
class TodayRows final
{
    Q_DECLARE_TR_FUNCTIONS(TodayRows)

public:
    /// "09:00–10:00  Li Wei, Mia Klein · Anna Berg" (+ the status unless scheduled).
    [[nodiscard]] static QString lesson(const TodayLesson& lesson, const Formatter& format);
    /// Like lesson() with the date first.
    [[nodiscard]] static QString awaiting(const TodayLesson& lesson, const Formatter& format);
    /// "Li Wei — Python basics (Anna Berg): No lesson held for 30 days (threshold 21)."
    [[nodiscard]] static QString atRisk(const AtRiskEntry& entry);
    /// "12 h 30 min held (last week 14 h)".
    [[nodiscard]] static QString hours(const TodaySummary& summary, const Formatter& format);
    /// A greyed "label: after billing is set up" line.
    [[nodiscard]] static QString afterBilling(const QString& label);
    /// `<a href="kind:id">text</a>` with `text` escaped.
    [[nodiscard]] static QString link(const QString& kind, const QString& id, const QString& text);
};

} // namespace mentordesk
