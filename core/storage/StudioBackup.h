// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

class Database;

/// Consistent copies of an open studio, safe while it is in use: VACUUM INTO a temporary file next
/// to the target, fsync, `PRAGMA integrity_check` on the copy, then an atomic rename over the target.
class StudioBackup final
{
    Q_DECLARE_TR_FUNCTIONS(StudioBackup)

public:
    /// Writes a verified copy of `db` to `targetPath` (replacing it atomically if it exists).
    [[nodiscard]] static Result<void> backup(Database& db, const QString& targetPath);
    /// Runs `PRAGMA integrity_check` on the studio file at `path` (opened read-only).
    [[nodiscard]] static Result<void> verify(const QString& path);
};

} // namespace mentordesk
