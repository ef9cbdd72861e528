// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/ImportJob.h"

#include <QAbstractTableModel>

namespace mentordesk {

/// The rows of an import preview: line number, the problem (empty for good rows), then one column
/// per importer field. Rows with a problem are painted red; the cell of the offending field darker.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        ProblemColumn,
        FirstFieldColumn, ///< the importer's fields follow, in its column order
    };
    enum Role
    {
        HasProblemRole = Qt::UserRole + 1, ///< bool, on every cell
        LineRole,                          ///< int, on every cell (for sorting and tests)
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    /// Shows `rows` with the importer's field keys as headers.
    void setRows(const QStringList& fieldKeys, const QList<PreviewRow>& rows);
    void clear();
    [[nodiscard]] const PreviewRow& row(int r) const { return m_rows.at(r); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QStringList m_fields;
    QList<PreviewRow> m_rows;
};

} // namespace mentordesk
