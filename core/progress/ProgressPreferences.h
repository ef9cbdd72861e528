// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/ProgressSettings.h"

#include <QString>
#include <optional>

namespace mentordesk {

/// Which efficiency E the studio's progress figures use.
enum class EfficiencySource
{
    Default,    ///< the enrollment's own E (efficiency_permille, 0.8 unless changed)
    Calibrated, ///< E calibrated from the mentor's mastery assessments, when there are usable ones
};

/// The studio's progress settings as stored (meta keys "progress.*"): the model's thresholds plus the
/// choice of E. Shown and edited by `mentordesk-cli progress settings` and the settings page.
struct ProgressPreferences
{
    ProgressSettings model;
    EfficiencySource efficiency = EfficiencySource::Default;
};

/// "default" / "calibrated".
[[nodiscard]] QString efficiencySourceName(EfficiencySource source);
/// Parses "default" / "calibrated" (any case); nullopt otherwise.
[[nodiscard]] std::optional<EfficiencySource> efficiencySourceFromName(const QString& name);

} // namespace mentordesk
