// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "importexport/EntityImporter.h"
#include "importexport/ImportReport.h"
#include "importexport/TextDecoder.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <optional>

namespace mentordesk {

class Database;

/// The two passes of an import, for progress reporting.
enum class ImportStage
{
    Checking, ///< parsing and validating rows
    Writing,  ///< storing the good rows (also rehearsed in a dry run)
};

/// How CsvImport reads and applies a file.
struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter;          ///< null = detect
    bool dryRun = false;      ///< check and rehearse in a transaction that is rolled back
    bool skipBadRows = false; ///< import the good rows even when some rows have errors
    int previewRows = 20;     ///< how many good rows ImportReport::preview keeps
    /// The user's column mapping: for each header cell, in order, the key of the importer column it
    /// fills, or "" to ignore that cell. std::nullopt (the default) matches header cells to columns
    /// by key and alias (HeaderMapping). A mapping that does not fit the header is a file error.
    std::optional<QStringList> mapping;
    /// Called every 100 rows and at the end of each stage with (stage, rows done, rows in the stage).
    std::function<void(ImportStage, qint64, qint64)> progress;
    /// When set and it becomes true, the import stops and writes nothing (checked between rows).
    const std::atomic<bool>* cancel = nullptr;
};

/// Orchestrates a CSV import: read → decode → detect delimiter → map the header to the
/// importer's columns → check every row → write all good rows in ONE transaction.
///
/// Every row is checked and, when any row is good, the write is rehearsed even if the import
/// will be blocked, so one run reports all errors (including those only storing reveals). The
/// transaction is committed only for a real run that is not blocked; otherwise it is rolled
/// back. Problems with the file's content are reported in the ImportReport (outcome Blocked);
/// the call itself fails only when the file cannot be read or the database fails (Storage).
/// Opens no connection of its own: run it on the thread that owns `db`.
class CsvImport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    CsvImport(Database& db, EntityImporter& importer);

    /// Imports the file at `path`. Fails with Storage when it is missing or unreadable.
    [[nodiscard]] Result<ImportReport> run(const QString& path, const ImportOptions& options);
    /// Imports CSV bytes already in memory.
    [[nodiscard]] Result<ImportReport> runBytes(const QByteArray& bytes, const ImportOptions& options);

private:
    [[nodiscard]] bool check(const QString& text, const ImportOptions& options, ImportReport& report,
                             QList<ImportRow>& good);
    [[nodiscard]] Result<void> write(QList<ImportRow>& good, const ImportOptions& options, ImportReport& report);

    Database& m_db;
    EntityImporter& m_importer;
};

} // namespace mentordesk
