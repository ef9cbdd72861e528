// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mentordesk {

/// Efficiency calibration from mastery assessments (docs/progress-model.md).
struct CalibrationSettings
{
    double smoothing = 0.5;     ///< α of the exponentially weighted mean: weight of the newest implied E, (0, 1]
    double minEfficiency = 0.3; ///< clamp range of every implied E and of the result
    double maxEfficiency = 1.5;
    int minHeldMinutes = 60; ///< assessments after fewer held minutes are too noisy and skipped
};

/// Thresholds of the at-risk rules (docs/progress-model.md, "At risk").
struct RiskSettings
{
    int idleDays = 21;          ///< no held lesson for at least this many days
    int latePercent = 25;       ///< projected finish more than this % of the planned duration past the planned end
    int masteryDropPoints = 10; ///< last assessment of a topic at least this many points below the previous one
    int missedInARow = 3;       ///< this many learner cancellations / no-shows in a row
};

/// Everything configurable about progress.
struct ProgressSettings
{
    int paceWindowWeeks = 8;   ///< recent pace = held minutes of the last N weeks
    int masterySteadyBand = 5; ///< a change within ±N points between the last two assessments is "steady"
    CalibrationSettings calibration;
    RiskSettings risk;
};

} // namespace mentordesk
