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

    /// For each header cell: the index of its column, or -1 when ignored.
    [[nodiscard]] const QList<int>& columnOfCell() const { return m_columnOfCell; }
    [[nodiscard]] const QStringList& ignoredColumns() const { return m_ignored; }
    [[nodiscard]] const QList<Error>& errors() const { return m_errors; }

    /// The form headers are compared in: case-folded, trimmed, `_`/`-` as space, single spaces.
    [[nodiscard]] static QString normalise(const QString& header);

private:
    QList<int> m_columnOfCell;
    QStringList m_ignored;
    QList<Error> m_errors;
};

} // namespace mentordesk
