// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentProgress.h"
#include "reports/TodaySummary.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

class Formatter;

/// The rich-text rows of the Today page. Links are "lesson:ID", "learner:ID", "mentor:ID",
/// "invoice:ID", "payer:ID", "report:CODE"; every
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
    /// "Invoiced €1,200.00 this month (last month €980.00)", linked to the revenue report.
    [[nodiscard]] static QString invoiced(const TodaySummary& summary, const Formatter& format);
    /// "Received €800.00 this month (last month €1,010.00)", linked to the revenue report.
    [[nodiscard]] static QString received(const TodaySummary& summary, const Formatter& format);
    /// "INV-0042 Anna Schmidt: €59.00, 33 days overdue" — the number links to the invoice, the payer to
    /// the payer.
    [[nodiscard]] static QString overdue(const TodayOverdueInvoice& invoice, const Formatter& format);
    /// "Ben Schmidt — 10-hour package: 1 h 30 min left (until 30 Apr 2026)" — the learner links to the
    /// learner, "payer" to the payer who buys the next package.
    [[nodiscard]] static QString lowPackage(const PackageStatus& package, const Formatter& format);
    /// `<a href="kind:id">text</a>` with `text` escaped.
    [[nodiscard]] static QString link(const QString& kind, const QString& id, const QString& text);
};

} // namespace mentordesk
