// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentSummary.h"

#include <QString>

namespace mentordesk {

class Statement;

/// The SQL pieces that restrict a query to a ProgressScope, shared by the repositories that read
/// enrollments' lessons. `from()` names the enrollment `e` and its learner `le`.
class ProgressScopeSql final
{
public:
    /// " FROM enrollments e JOIN learners le ON le.id = e.learner_id"
    [[nodiscard]] static QString from();
    /// " AND …" restricting `e` to the scope (one positional parameter unless ActiveStudio).
    [[nodiscard]] static QString condition(const ProgressScope& scope);
    /// Binds the condition's parameter, if any.
    static void bind(Statement& statement, const ProgressScope& scope);
};

} // namespace mentordesk
