// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QStringList>

namespace mentordesk {

/// A column an importer understands. Header cells match `key` or one of `aliases`
/// case-insensitively, with `_`/`-` treated as spaces and runs of spaces collapsed, so
/// "Full Name", "full_name" and "full-name" are the same header.
struct ColumnSpec
{
    QString key;         ///< field key, as in validation errors ("email")
    QStringList aliases; ///< other accepted header names ("e-mail", "邮箱")
    bool required = false;
};

/// Choices that change what an importer accepts (set from the command line or the import dialog).
struct ImporterOptions
{
    bool allowConflicts = false; ///< lessons: store a lesson even when it clashes with another one
};

/// One data row, arranged by the importer's columns: `values[i]` belongs to `columns()[i]`
/// ("" when the file has no such column).
struct ImportRow
{
    int line = 0; ///< physical line where the record starts
    QStringList values;

    [[nodiscard]] QString value(int column) const { return values.value(column); }
};

/// Imports one kind of record from CSV. An importer is a small class: its columns, how to check
/// a row, and how to store it through the feature's service. CsvImport does everything else
/// (decoding, delimiter, header mapping, error collection, the transaction, progress).
/// Adding an entity means one subclass plus one line in ImporterRegistry.
class EntityImporter
{
public:
    virtual ~EntityImporter() = default;

    /// Plural entity name as used on the command line ("payers").
    [[nodiscard]] virtual QString entity() const = 0;
    /// The columns, in a fixed order that ImportRow::values follows.
    [[nodiscard]] virtual QList<ColumnSpec> columns() const = 0;
    /// Parses and validates one row without writing (typically through the service's static
    /// validate()). Returns the row with cleaned values, or an Error whose `field` is the column key.
    [[nodiscard]] virtual Result<ImportRow> validateRow(const ImportRow& row) = 0;
    /// Stores a row returned by validateRow() through the service, inside the transaction that
    /// CsvImport holds open. Returns the new record's id. A Storage error aborts the whole import;
    /// any other error is reported for this row.
    [[nodiscard]] virtual Result<Id> importRow(const ImportRow& row) = 0;
};

} // namespace mentordesk
