// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDateTime>
#include <QString>

namespace mentordesk {
class Database;
}

namespace mentordesk::test {

/// Inserts the people and courses lessons and feedback refer to with plain SQL, so these tests do not
/// depend on the people, catalog and enrollment services. Each call returns the new row's id; a failed
/// insert fails the running test.
class LessonFixture final
{
public:
    explicit LessonFixture(Database& db);

    Id addMentor(const QString& name, bool archived = false);
    Id addLearner(const QString& name);
    Id addCourse(const QString& title);
    Id addTopic(const QString& name);
    /// An enrollment of `learnerId` with `mentorId`; `status` is active, paused, completed or cancelled.
    Id addEnrollment(const Id& learnerId, const Id& mentorId, const QString& status = QStringLiteral("active"),
                     const Id& courseId = {});
    /// Number of live rows of `table`.
    qint64 count(const QString& table);
    /// Number of rows of `table`, tombstoned ones included.
    qint64 countAll(const QString& table);

private:
    void insert(const QString& sql, const QVariantList& values);

    Database& m_db;
    QDateTime m_now{QDate(2026, 1, 1), QTime(9, 0), Qt::UTC};
};

} // namespace mentordesk::test
