// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace mentordesk {

class Database;

/// A column as PRAGMA table_info reports it.
struct TableColumn
{
    QString name;
    QString type; ///< declared type ("TEXT", "INTEGER"…)
};

/// Generic, read-only SQL for exports: which user tables exist, their columns, and their rows.
/// Table names are only ever taken from userTables(), never from the caller's text, before
/// they are put into SQL.
class ExportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExportRepository)

public:
    explicit ExportRepository(Database& db);

    /// Every table in sqlite_master except sqlite_* and meta, sorted by name.
    [[nodiscard]] Result<QStringList> userTables();
    /// The columns of `table` in declaration order. Invalid error on "table" when it is not a user table.
    [[nodiscard]] Result<QList<TableColumn>> columns(const QString& table);
    /// Calls `row` with the values of each row of `table` (declaration order; NULL as a null
    /// QVariant) in id order. Rows with a `deleted_at` are skipped unless `includeDeleted`.
    /// The list passed to `row` is reused between calls. Stops at the first failure of `row`.
    /// Returns the number of rows visited.
    [[nodiscard]] Result<qint64> forEachRow(const QString& table, bool includeDeleted,
                                            const std::function<Result<void>(const QVariantList&)>& row);

private:
    Database& m_db;
};

} // namespace mentordesk
