// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

/// Learners and mentors belong to another feature; these raw rows stand in for them in tests.
inline Id insertLearner(Database& db, const QString& name, const QString& status = QStringLiteral("active"))
{
    const Id id = newId();
    auto s = db.prepare(QStringLiteral("INSERT INTO learners (id, name, status, created_at, updated_at, updated_by) "
                                       "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')"));
    EXPECT_TRUE(s.has_value());
    s->bind(id).bind(name).bind(status);
    EXPECT_TRUE(s->exec().has_value());
    return id;
}

inline Id insertMentor(Database& db, const QString& name, bool archived = false)
{
    const Id id = newId();
    auto s = db.prepare(QStringLiteral("INSERT INTO mentors (id, name, archived_at, created_at, updated_at, "
                                       "updated_by) VALUES (?, ?, ?, '2026-01-01T00:00:00Z', "
                                       "'2026-01-01T00:00:00Z', 'test')"));
    EXPECT_TRUE(s.has_value());
    s->bind(id).bind(name).bindOptional(archived ? QStringLiteral("2026-01-02T00:00:00Z") : QString());
    EXPECT_TRUE(s->exec().has_value());
    return id;
}

/// Inserts a row into a table that links a person to a topic (learner_goals, mentor_expertise).
inline void insertTopicLink(Database& db, const QString& table, const QString& personColumn, const Id& personId,
                            const Id& topicId)
{
    const QString extra = table == QStringLiteral("mentor_expertise") ? QStringLiteral(", level") : QString();
    const QString extraValue = extra.isEmpty() ? QString() : QStringLiteral(", 3");
    auto s = db.prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (id, ") + personColumn +
                        QStringLiteral(", topic_id") + extra +
                        QStringLiteral(", created_at, updated_at, updated_by) VALUES (?, ?, ?") + extraValue +
                        QStringLiteral(", '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')"));
    EXPECT_TRUE(s.has_value());
    s->bind(newId()).bind(personId).bind(topicId);
    EXPECT_TRUE(s->exec().has_value());
}

/// Live (not tombstoned) rows of `table`.
inline qint64 liveRows(Database& db, const QString& table)
{
    auto s = db.prepare(QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE deleted_at IS NULL"));
    EXPECT_TRUE(s.has_value());
    EXPECT_TRUE(s->exec().has_value());
    return s->next() ? s->integer(0) : -1;
}

/// All rows of `table`, tombstoned ones included.
inline qint64 allRows(Database& db, const QString& table)
{
    auto s = db.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    EXPECT_TRUE(s.has_value());
    EXPECT_TRUE(s->exec().has_value());
    return s->next() ? s->integer(0) : -1;
}

} // namespace mentordesk::test
