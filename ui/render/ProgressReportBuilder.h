// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressReportDocument.h"
#include "common/Id.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace mentordesk {

class Clock;
class Database;

/// Assembles a learner's progress report for parents from the studio's data: the studio header,
/// each enrollment's progress figures (P, time held and to go, recent pace, projected finish against
/// the plan, the efficiency in use) with its progress curve, mastery per topic and the mentor's notes
/// and homework of the lessons held in the last 90 days (and assessment notes). Words come from tr()
/// (the interface language); numbers and dates from the studio's locale.
class ProgressReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReportBuilder)

public:
    /// How many days of lesson notes the report quotes.
    static constexpr int kNoteDays = 90;
    /// At most this many notes.
    static constexpr int kMaxNotes = 12;

    ProgressReportBuilder(Database& db, const Clock& clock);

    /// The report of `learnerId`; `language` ("en" / "zh_CN") only picks the fonts. Invalid ("learner")
    /// for an unknown learner.
    [[nodiscard]] Result<ProgressReportDocument> build(const Id& learnerId, const QString& language);

    /// "17 h 30 min" style duration (tr()).
    [[nodiscard]] static QString duration(qint64 minutes);
    /// A date as the report prints it (tr() format, e.g. "20 Nov 2026") in `locale`.
    [[nodiscard]] static QString date(const QDate& date, const QLocale& locale);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
