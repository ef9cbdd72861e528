// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace mentordesk {

/// `PRAGMA application_id` of every MentorDesk studio file ("MDk1").
inline constexpr qint64 kApplicationId = 0x4D446B31;

/// One schema step. Steps are append-only: never edit or reorder a released step, add a new one.
/// Each element of `statements` is exactly one SQL statement; a step runs in its own transaction.
struct Migration
{
    int version = 0; ///< The `PRAGMA user_version` after this step (1, 2, 3… without gaps).
    QString description;
    QStringList statements;
};

/// MentorDesk's schema history, oldest first.
[[nodiscard]] const QList<Migration>& schemaMigrations();

/// The version a fully migrated database has.
[[nodiscard]] int latestSchemaVersion();

} // namespace mentordesk
