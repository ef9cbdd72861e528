// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

/// Inserts a topic row directly (the topic service lives in another feature). Returns its id.
inline Id insertTopic(Database& db, const QString& name)
{
    const Id id = newId();
    auto s = db.prepare(QStringLiteral("INSERT INTO topics (id, name, created_at, updated_at, updated_by) "
                                       "VALUES (?, ?, ?, ?, 'test')"));
    EXPECT_TRUE(s.has_value());
    if (!s) {
        return {};
    }
    s->bind(id).bind(name).bind(QStringLiteral("2026-01-01T00:00:00Z")).bind(QStringLiteral("2026-01-01T00:00:00Z"));
    const auto ok = s->exec();
    EXPECT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    return id;
}

/// `SELECT count(*) …` of raw rows, tombstones included unless the SQL says otherwise.
inline qint64 countRows(Database& db, const QString& sql, const QString& boundId = {})
{
    auto s = db.prepare(sql);
    EXPECT_TRUE(s.has_value());
    if (!s) {
        return -1;
    }
    if (!boundId.isEmpty()) {
        s->bind(boundId);
    }
    const auto ok = s->exec();
    EXPECT_TRUE(ok.has_value());
    return s->next() ? s->integer(0) : -1;
}

} // namespace mentordesk::test
