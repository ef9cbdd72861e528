// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "studio/StudioSettings.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Creating and editing the studio's settings.
class StudioService final
{
    Q_DECLARE_TR_FUNCTIONS(StudioService)

public:
    StudioService(Database& db, const Clock& clock);

    /// Stores the settings of a new studio. Refused when the database already has a studio.
    [[nodiscard]] Result<StudioSettings> initialize(const StudioSettings& input);
    /// The studio's settings, or NotFound when the database was never initialised.
    [[nodiscard]] Result<StudioSettings> settings();
    /// Replaces the editable settings. The currency cannot change once the studio has records
    /// (currencyLocked()): Refused on "currency" then.
    [[nodiscard]] Result<StudioSettings> update(const StudioSettings& input);
    /// True when the studio holds mentors, payers, learners, courses or lessons, whose amounts are in
    /// its currency, so the currency can no longer change.
    [[nodiscard]] Result<bool> currencyLocked();

    /// Checks and normalises the editable fields.
    [[nodiscard]] static Result<StudioSettings> validate(const StudioSettings& input);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
