// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace mentordesk {

/// A problem with one row, or with the whole file when `line` is 0 (encoding) or the header line.
struct RowError
{
    int line = 0;
    QString field; ///< column key; empty when the problem is not about one column
    QString message;
};

/// What happened to an import.
enum class ImportOutcome
{
    Imported,  ///< the good rows were written
    DryRun,    ///< checked and rehearsed; nothing was written
    Blocked,   ///< errors kept every row out (fix them or skip bad rows)
    Cancelled, ///< stopped through the cancellation flag; nothing was written
};

/// Result of CsvImport::run.
struct ImportReport
{
    QString entity;
    QString encoding; ///< as TextDecoder names it ("UTF-8 (BOM)", "Windows-1252"…)
    QChar delimiter;  ///< null when the file could not be read that far
    ImportOutcome outcome = ImportOutcome::Blocked;
    bool dryRun = false;
    qint64 rowsRead = 0;        ///< data records (blank lines not counted)
    qint64 rowsValid = 0;       ///< rows that passed every check (imported, or would be in a dry run)
    qint64 rowsImported = 0;    ///< rows written (0 unless outcome is Imported)
    qint64 rowsSkipped = 0;     ///< rows with errors left out because bad rows were skipped
    QList<RowError> errors;     ///< file-level and row errors, in line order
    QStringList ignoredColumns; ///< header cells no column matched, as written in the file
    QStringList columns;        ///< the importer's column keys: the order of `preview` cells
    QList<QStringList> preview; ///< the first good rows, cleaned (at most ImportOptions::previewRows)

    /// True when nothing was (or would be) imported because of errors.
    [[nodiscard]] bool blocked() const { return outcome == ImportOutcome::Blocked; }
};

} // namespace mentordesk
