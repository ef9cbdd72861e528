// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/EfficiencyCalibrator.h"

#include <algorithm>
#include <cmath>

namespace mentordesk {

std::optional<EfficiencyCalibration> EfficiencyCalibrator::calibrate(QList<EfficiencySample> samples,
                                                                     qint64 contentMinutes,
                                                                     const CalibrationSettings& settings)
{
    if (contentMinutes <= 0) {
        return std::nullopt;
    }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const EfficiencySample& a, const EfficiencySample& b) { return a.date < b.date; });
    const double alpha =
        settings.smoothing > 0.0 && settings.smoothing <= 1.0 ? settings.smoothing : CalibrationSettings{}.smoothing;
    const double lo = std::min(settings.minEfficiency, settings.maxEfficiency);
    const double hi = std::max(settings.minEfficiency, settings.maxEfficiency);
    EfficiencyCalibration result;
    for (const EfficiencySample& s : std::as_const(samples)) {
        if (s.heldMinutes < std::max(1, settings.minHeldMinutes)) {
            continue;
        }
        const double mastery = std::clamp(s.masteryPercent, 0, 100) / 100.0;
        const double implied =
            std::clamp(mastery * static_cast<double>(contentMinutes) / static_cast<double>(s.heldMinutes), lo, hi);
        result.efficiency = result.samplesUsed == 0 ? implied : alpha * implied + (1.0 - alpha) * result.efficiency;
        result.latestImplied = implied;
        ++result.samplesUsed;
    }
    if (result.samplesUsed == 0) {
        return std::nullopt;
    }
    result.efficiency = std::clamp(result.efficiency, lo, hi);
    result.permille = static_cast<int>(std::floor(result.efficiency * 1000.0 + 0.5));
    return result;
}

} // namespace mentordesk
