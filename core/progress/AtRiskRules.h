// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/MasteryTracker.h"
#include "progress/ProgressInput.h"
#include "progress/ProgressSettings.h"
#include "progress/RiskFlag.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace mentordesk {

/// The at-risk rules (docs/progress-model.md, "At risk"). Each rule is a pure function of plain
/// values; evaluate() runs them all. A completed enrollment is never at risk.
class AtRiskRules final
{
    Q_DECLARE_TR_FUNCTIONS(AtRiskRules)

public:
    /// Days since the last held lesson (or since the start when none was held) ≥ idleDays.
    /// Parameters: days_since, threshold_days, last_held ("" when none).
    [[nodiscard]] static std::optional<RiskFlag> noRecentLesson(QDate asOf, QDate startDate,
                                                                std::optional<QDate> lastHeld, int idleDays);
    /// projected − planned > latePercent % of (planned − start) days. Needs a projection and a
    /// plan. Parameters: projected_finish, planned_end, days_late, percent_late (one decimal),
    /// threshold_percent.
    [[nodiscard]] static std::optional<RiskFlag> behindPlan(QDate startDate, QDate plannedEnd,
                                                            std::optional<QDate> projectedFinish, int latePercent);
    /// One flag per topic whose latest assessment is ≥ dropPoints below the previous one.
    /// Parameters: topic_id, previous, latest, drop, threshold_points.
    [[nodiscard]] static QList<RiskFlag> fallingMastery(const QList<TopicMastery>& topics, int dropPoints);
    /// The trailing run of learner-side misses (cancelled by learner, late cancel, no-show) in
    /// date order is ≥ count. Mentor cancellations and scheduled lessons neither extend nor break
    /// the run; a held lesson ends it. Parameters: in_a_row, threshold.
    [[nodiscard]] static std::optional<RiskFlag> missedInARow(QList<LessonEvent> lessons, QDate asOf, int count);

    /// All rules on one enrollment.
    [[nodiscard]] static QList<RiskFlag> evaluate(const EnrollmentProgressInput& input,
                                                  std::optional<QDate> projectedFinish,
                                                  const QList<TopicMastery>& topics, const RiskSettings& settings = {});

    /// Stable machine name: "no_recent_lesson", "behind_plan", "falling_mastery", "missed_lessons".
    [[nodiscard]] static QString code(RiskReason reason);
    /// A translated sentence with the figures, e.g. "No lesson held for 30 days (threshold 21)."
    [[nodiscard]] static QString describe(const RiskFlag& flag);
};

} // namespace mentordesk
