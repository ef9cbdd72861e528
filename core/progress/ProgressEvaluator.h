// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/EfficiencyCalibrator.h"
#include "progress/MasteryTracker.h"
#include "progress/PaceEstimator.h"
#include "progress/ProgressInput.h"
#include "progress/ProgressModel.h"
#include "progress/ProgressSettings.h"
#include "progress/RiskFlag.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace mentordesk {

/// Everything the progress model says about one enrollment on one day.
struct ProgressReport
{
    qint64 heldMinutes = 0;      ///< T: held minutes up to asOf
    int contentMinutes = 0;      ///< C
    int efficiencyPermille = 0;  ///< E used for P (the enrollment's own)
    ProgressFraction progress;   ///< P with E
    qint64 remainingMinutes = 0; ///< to P = 1 at E
    WeeklyPace pace;             ///< recent pace
    std::optional<QDate> projectedFinish;
    QDate plannedEnd;                                   ///< invalid when there is no plan
    std::optional<qint64> daysLate;                     ///< projected − planned (negative = early), when both exist
    std::optional<EfficiencyCalibration> calibration;   ///< E from assessments, when there are any usable
    std::optional<ProgressFraction> calibratedProgress; ///< P with the calibrated E
    QList<TopicMastery> topics;
    QList<RiskFlag> risks;
};

/// Runs the whole progress model on one enrollment (docs/progress-model.md).
class ProgressEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressEvaluator)

public:
    /// Fails with Invalid naming the field: "as_of" (invalid date), "content_minutes" (≤ 0),
    /// "efficiency_permille" (outside 50–2000), "minutes" (a lesson outside 0–1440),
    /// "mastery_percent" (outside 0–100), "pace_window_weeks" (outside 1–104).
    [[nodiscard]] static Result<ProgressReport> evaluate(const EnrollmentProgressInput& input,
                                                         const ProgressSettings& settings = {});
};

} // namespace mentordesk
