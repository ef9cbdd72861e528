// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace mentordesk {

class Clock;
class Database;

/// What an export wrote.
struct ExportStats
{
    int tables = 0;
    qint64 rows = 0;
};

/// Options of a CSV export of one table.
struct CsvExportOptions
{
    bool bom = false;            ///< start with a UTF-8 byte-order mark (for Excel)
    bool includeDeleted = false; ///< also rows with a deleted_at tombstone
};

/// Writes the studio, or one table of it, to a QIODevice — streamed row by row, never built as
/// one string. SQL lives in ExportRepository.
///
/// JSON ("mentordesk-studio", format_version 1):
/// {"format", "format_version", "schema_version", "exported_at", "include_deleted",
///  "tables": {"<table>": [{"<column>": value, …}, …], …}} — every user table (not meta), tables
/// by name, rows by id, columns in declaration order; NULL as null, integers and reals as numbers.
class StudioExporter final
{
    Q_DECLARE_TR_FUNCTIONS(StudioExporter)

public:
    StudioExporter(Database& db, const Clock& clock);

    /// The entity names the CSV export offers (each is the table of that name).
    [[nodiscard]] static QStringList csvEntities();

    /// The whole studio as JSON. Live rows only unless `includeDeleted`. Reads inside one
    /// transaction (a consistent snapshot across tables), which is rolled back at the end.
    [[nodiscard]] Result<ExportStats> writeJson(QIODevice& out, bool includeDeleted = false);
    /// One table (an entity of csvEntities() or any user table) as CSV: a header row with the
    /// column names, then one row per record. Formula-like cells are neutralised (FormulaGuard).
    /// Invalid error on "entity" when there is no such table.
    [[nodiscard]] Result<ExportStats> writeCsv(QIODevice& out, const QString& entity,
                                               const CsvExportOptions& options = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
