// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/ProgressSettings.h"

#include <QDate>
#include <QList>
#include <optional>

namespace mentordesk {

/// One assessed mastery with the held minutes up to its date.
struct EfficiencySample
{
    QDate date;
    int masteryPercent = 0; ///< m, 0–100
    qint64 heldMinutes = 0; ///< T at the assessment
};

/// The calibrated efficiency and how it was reached.
struct EfficiencyCalibration
{
    double efficiency = 0.0; ///< smoothed, clamped E
    int permille = 0;        ///< efficiency × 1000 rounded half up (what is stored and shown)
    int samplesUsed = 0;
    double latestImplied = 0.0; ///< the newest implied E before smoothing (clamped)
};

/// Calibrates E from mastery assessments: an assessed mastery m after T held minutes implies
/// E ≈ m·C/T. Implied values (each clamped to [min, max]) are taken in date order and smoothed by
/// an exponentially weighted mean e ← α·implied + (1 − α)·e, starting from the first one.
class EfficiencyCalibrator final
{
public:
    /// No value when no sample has T ≥ settings.minHeldMinutes (then the default E applies).
    /// A smoothing outside (0, 1] falls back to the default 0.5.
    [[nodiscard]] static std::optional<EfficiencyCalibration>
    calibrate(QList<EfficiencySample> samples, qint64 contentMinutes, const CalibrationSettings& settings = {});
};

} // namespace mentordesk
