// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentProgress.h"
#include "reports/ProgressHistoryReport.h"
#include "reports/ReportRange.h"
#include "reports/ReportTable.h"

#include <QChart>
#include <memory>

namespace mentordesk {

class StudioSession;

/// A report ready to show: its chart (when it has one), its table for CSV, the range it covers,
/// or the error that stopped it.
struct LoadedReport
{
    std::unique_ptr<QChart> chart;
    ReportTable table;
    QDate from;
    QDate to;
    QString error;                  ///< empty when the report loaded
    ProgressHistoryReport progress; ///< progress reports only
    QList<AtRiskEntry> atRisk;      ///< at-risk report only
};

/// Runs a report through the core services and builds its chart (ReportCharts, ProgressChart).
class ReportLoader final
{
public:
    explicit ReportLoader(StudioSession& session);

    [[nodiscard]] LoadedReport hours(const ReportRange& range);
    [[nodiscard]] LoadedReport utilisation(const ReportRange& range);
    /// A learner's progress curves; `enrollmentId` empty = all of the learner's enrollments.
    [[nodiscard]] LoadedReport progress(const Id& learnerId, const Id& enrollmentId, const ReportRange& range);
    [[nodiscard]] LoadedReport ratings(const ReportRange& range, bool byMentor);
    [[nodiscard]] LoadedReport atRisk();

private:
    StudioSession& m_session;
};

} // namespace mentordesk
