// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "feedback/FeedbackPreferences.h"

namespace mentordesk {

class Database;

/// Stores the feedback preferences as "feedback.*" keys of the `meta` table; a missing or unreadable
/// value reads as the default. Key: feedback.blind_ratings ("on" / "off").
class FeedbackSettingsRepository final
{
public:
    explicit FeedbackSettingsRepository(Database& db);

    [[nodiscard]] Result<FeedbackPreferences> load();
    [[nodiscard]] Result<void> save(const FeedbackPreferences& preferences);

private:
    Database& m_db;
};

} // namespace mentordesk
