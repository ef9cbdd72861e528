// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/ProgressPreferences.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mentordesk {

class Database;

/// Stores the studio's progress preferences as "progress.*" keys of the `meta` table (key/value
/// text). Missing or unreadable values read as the defaults, so a new studio needs no rows.
/// Keys: progress.efficiency, progress.pace_window_weeks, progress.mastery_steady_band,
/// progress.calibration.{smoothing,min_efficiency,max_efficiency,min_held_minutes},
/// progress.risk.{idle_days,late_percent,mastery_drop_points,missed_in_a_row}.
class ProgressSettingsRepository final
{
public:
    explicit ProgressSettingsRepository(Database& db);

    [[nodiscard]] Result<ProgressPreferences> load();
    /// Writes every key (INSERT OR REPLACE). Callers validate first.
    [[nodiscard]] Result<void> save(const ProgressPreferences& preferences);

    /// The stored form of `preferences`: (key, text) pairs in a fixed order.
    [[nodiscard]] static QList<QPair<QString, QString>> toPairs(const ProgressPreferences& preferences);

private:
    Database& m_db;
};

} // namespace mentordesk
