// SPDX-License-Identifier: GPL-3.0-or-later
// Test data for the matcher views: ids read straight from the demo studio.
#pragma once

#include <QString>

namespace mentordesk {
class StudioSession;
} // namespace mentordesk

namespace mentordesk::test {

/// The first value of the first row of `sql` (one optional text argument), or "".
QString queryText(StudioSession& session, const QString& sql, const QString& arg = {});
/// An active learner with weekly time and a goal topic none of their courses teaches yet.
QString learnerWithGoals(StudioSession& session);
/// Live, active enrollments of `learnerId` in `courseId`.
int activeEnrollments(StudioSession& session, const QString& learnerId, const QString& courseId);

} // namespace mentordesk::test
