// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/EntityImporter.h"

#include <QCoreApplication>

namespace mentordesk {

/// How the header cells of a file map to an importer's columns. Pure.
class HeaderMapping final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapping)

public:
    /// Maps `header` to `columns`. Unknown header cells are listed in ignoredColumns(); blank ones
    /// are skipped silently. A missing required column, or two header cells for the same column,
    /// is an Invalid error naming the column key (check errors()).
    HeaderMapping(const QStringList& header, const QList<ColumnSpec>& columns);
    /// Maps `header` as the user chose: `chosenKeys[i]` is the key of the column that header cell i
    /// fills, or "" to ignore the cell (non-blank ignored cells are listed in ignoredColumns()).
    /// Invalid errors: on "mapping" when `chosenKeys` does not have one entry per header cell or names
    /// a key that is not a column; on the column key when two cells are mapped to the same column or
    /// a required column is not mapped.
    HeaderMapping(const QStringList& header, const QList<ColumnSpec>& columns, const QStringList& chosenKeys);

    /// For each header cell: the index of its column, or -1 when ignored.
    [[nodiscard]] const QList<int>& columnOfCell() const { return m_columnOfCell; }
    [[nodiscard]] const QStringList& ignoredColumns() const { return m_ignored; }
    [[nodiscard]] const QList<Error>& errors() const { return m_errors; }

    /// The form headers are compared in: case-folded, trimmed, `_`/`-` as space, single spaces.
    [[nodiscard]] static QString normalise(const QString& header);

private:
    void assign(const QStringList& header, const QList<ColumnSpec>& columns, qsizetype cell, int column,
                QList<qsizetype>& cellOfColumn);

    QList<int> m_columnOfCell;
    QStringList m_ignored;
    QList<Error> m_errors;
};

} // namespace mentordesk
