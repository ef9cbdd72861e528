// SPDX-License-Identifier: GPL-3.0-or-later
// Test data for the people pages. Deliberately free of core service headers, so tests that include
// shell/Page.h (whose Page clashes with core's Page<T>) can use it too.
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace mentordesk {
class Clock;
class StudioSession;
} // namespace mentordesk

namespace mentordesk::test {

/// Adds `count` active learners named "<prefix> 0000"… in one transaction, the even ones paid for by one
/// new payer called "<prefix> family" and taught by the studio's first mentor. Returns their ids.
QStringList addLearners(StudioSession& session, int count, const QString& prefix);
/// Adds `count` payers named "<prefix> 000"…; returns their ids.
QStringList addPayers(StudioSession& session, int count, const QString& prefix);
/// The id of some learner with `status` ("active", "paused", "archived") in the studio, or "".
QString learnerWithStatus(StudioSession& session, const QString& status);
/// The id of some payer, of some mentor, of some topic.
QString anyPayer(StudioSession& session);
QString anyMentor(StudioSession& session);
QString anyTopic(StudioSession& session);
/// A new studio without any learner, payer or mentor at `path`, opened as a session.
std::unique_ptr<StudioSession> openEmptyStudio(const QString& path, const Clock& clock);
/// Counts learners / payers / mentors (any status).
int learnerCount(StudioSession& session);
int payerCount(StudioSession& session);
int mentorCount(StudioSession& session);

} // namespace mentordesk::test
