// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "common/Result.h"

#include <QString>

namespace mentordesk {

class Database;
class Statement;

/// Helpers shared by repositories. The six sync columns are always selected first, in the order
/// id, created_at, updated_at, updated_by, version, deleted_at.

/// Reads columns 0–5 into `meta`.
void readMeta(const Statement& s, RecordMeta& meta);
/// Binds id, created_at, updated_at, `deviceId`, version, deleted_at (six positions).
void bindMeta(Statement& s, const RecordMeta& meta, const QString& deviceId);
/// "%text%" with LIKE wildcards escaped by '\' (use `LIKE ? ESCAPE '\'`).
[[nodiscard]] QString likePattern(const QString& text);
/// A page size clamped to [1, 10000].
[[nodiscard]] int clampLimit(int limit);
/// After an UPDATE … WHERE id = ? AND version = ? touched no row: NotFound when the row is gone,
/// Conflict when somebody else changed it since it was read.
[[nodiscard]] Result<void> versionConflict(Database& db, const QString& table, const Id& id);
/// True when a live (not tombstoned) row with `id` exists in `table`.
[[nodiscard]] Result<bool> rowExists(Database& db, const QString& table, const Id& id);
/// Ok when `id` names a live row of `table`; otherwise an Invalid error naming `fieldKey`, e.g.
/// "There is no mentor with id …" (`what` is the translated record kind: "mentor").
[[nodiscard]] Result<void> requireRow(Database& db, const QString& table, const Id& id, const QString& fieldKey,
                                      const QString& what);
/// "?, ?, ?" with `count` placeholders, for `IN (…)` lists. Batch readers pad to a fixed count so the
/// statement cache keeps one entry per query.
[[nodiscard]] QString placeholderList(int count);
/// Marks a row deleted (tombstone) and bumps its version.
[[nodiscard]] Result<void> tombstone(Database& db, const QString& table, const Id& id, const QDateTime& nowUtc);

} // namespace mentordesk
