// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Migration.h"

#include <QCoreApplication>

namespace mentordesk {

class Database;

/// Brings a database to the newest schema: each pending step in its own transaction, together
/// with `PRAGMA user_version`; a failing step is rolled back and reported, earlier steps stay.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    Migrator(Database& db, const QList<Migration>& steps);

    /// Applies pending steps. With `backupFirst`, an existing non-empty schema is first copied
    /// with VACUUM INTO to "<file>.v<old>-<timestamp>.bak".
    [[nodiscard]] Result<void> migrate(bool backupFirst);
    /// Where the pre-upgrade backup went (empty when none was needed).
    [[nodiscard]] const QString& backupPath() const { return m_backupPath; }

private:
    [[nodiscard]] Result<void> backup(int fromVersion);
    [[nodiscard]] Result<void> applyStep(const Migration& step);

    Database& m_db;
    const QList<Migration>& m_steps;
    QString m_backupPath;
};

} // namespace mentordesk
