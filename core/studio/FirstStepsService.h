// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "studio/FirstSteps.h"

namespace mentordesk {

class Database;

/// The "First steps" checklist for the connection's actor: a step is shown only when the actor's role
/// may take it (Guard), and checked when the studio's data shows it done — for a mentor account, in
/// that mentor's own learners and lessons. Reads only.
class FirstStepsService final
{
public:
    explicit FirstStepsService(Database& db);

    /// Refused when nobody is signed in.
    [[nodiscard]] Result<FirstSteps> status();

private:
    Database& m_db;
};

} // namespace mentordesk
