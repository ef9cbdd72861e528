// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentSummary.h"
#include "progress/ProgressEvaluator.h"

#include <QList>

namespace mentordesk {

/// The progress model's findings about one enrollment, with the enrollment's facts.
struct EnrollmentProgress
{
    EnrollmentSummary enrollment;
    /// The model's report. Its E (`report.efficiencyPermille`) is the calibrated one when
    /// `calibratedInUse`, otherwise the enrollment's own; `report.calibration` is filled either way
    /// when assessments allow it, so screens can show both values.
    ProgressReport report;
    bool calibratedInUse = false;
};

/// An enrollment at risk and why.
struct AtRiskEntry
{
    EnrollmentSummary enrollment;
    QList<RiskFlag> flags; ///< never empty
    qint64 progressPerMille = 0;
};

} // namespace mentordesk
