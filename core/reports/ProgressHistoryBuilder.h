// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ProgressHistoryReport.h"
#include "reports/ReportRange.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Builds the progress-over-time report of ReportService: today's progress of every enrollment of
/// the subject (ProgressService) plus held minutes per local week (SQL), accumulated to a curve.
class ProgressHistoryBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressHistoryBuilder)

public:
    ProgressHistoryBuilder(Database& db, const Clock& clock);

    /// Invalid "learner" / "course" for an unknown subject, "from" for a range starting after today.
    [[nodiscard]] Result<ProgressHistoryReport> build(ProgressHistoryReport::Subject subject, const Id& subjectId,
                                                      const ReportRange& range);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
