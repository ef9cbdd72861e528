// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace mentordesk {
class Database;
}

namespace mentordesk::test {

/// Builds small hand-computed studios for the progress and report tests with plain SQL (no services,
/// so lessons can lie anywhere in time and carry any status). Instants are UTC text
/// ("2026-01-05T09:00:00Z"), dates "YYYY-MM-DD". A failed insert fails the running test.
class ReportFixture final
{
public:
    explicit ReportFixture(Database& db);

    Id mentor(const QString& name, const QString& color = {}, bool archived = false);
    /// One weekly availability slot (weekday 1 = Monday).
    void availability(const Id& mentorId, int weekday, int startMinute, int endMinute);
    Id learner(const QString& name, const QString& status = QStringLiteral("active"));
    Id course(const QString& title, int contentMinutes, int quality = 7, int practicality = 7);
    Id topic(const QString& name);
    void courseTopic(const Id& courseId, const Id& topicId);

    /// An enrollment; an empty `courseId` is free-form mentoring with `targetMinutes`.
    struct EnrollmentSpec
    {
        Id learnerId;
        Id mentorId;
        Id courseId;
        QString start = QStringLiteral("2026-01-01");
        QString plannedEnd; ///< empty = none
        int efficiencyPermille = 800;
        int targetMinutes = 0;
        QString status = QStringLiteral("active");
        QString title;
    };
    Id enrollment(const EnrollmentSpec& spec);

    /// A lesson of `mentorId` at `startsUtc` with one attendee per enrollment. `actual` < 0 = NULL.
    Id lesson(const Id& mentorId, const QStringList& enrollmentIds, const QString& startsUtc, int plannedMinutes = 60,
              const QString& status = QStringLiteral("held"), int actual = -1);
    /// Sets one attendee's own status.
    void attendeeStatus(const Id& lessonId, const Id& enrollmentId, const QString& status);
    /// Tombstones a row.
    void remove(const QString& table, const Id& id);

    Id assessment(const Id& mentorId, const Id& learnerId, const Id& topicId, const Id& enrollmentId, int mastery,
                  const QString& assessedUtc);
    /// A rating; `target` is lesson, mentor or course and `targetId` its id.
    Id rating(const Id& learnerId, const QString& target, const Id& targetId, int stars, const QString& ratedUtc);

    /// Runs one statement with positional values (test set-up only).
    void exec(const QString& sql, const QVariantList& values = {});

private:
    Database& m_db;
    QString m_now = QStringLiteral("2026-01-01T00:00:00Z");
};

} // namespace mentordesk::test
