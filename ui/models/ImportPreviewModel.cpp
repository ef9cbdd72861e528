// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace mentordesk {

namespace {
const QColor kBadRow(0xfd, 0xe2, 0xe1);
const QColor kBadCell(0xf5, 0xb7, 0xb1);
const QColor kBadText(0x9b, 0x1c, 0x1c);
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setRows(const QStringList& fieldKeys, const QList<PreviewRow>& rows)
{
    beginResetModel();
    m_fields = fieldKeys;
    m_rows = rows;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_rows.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + static_cast<int>(m_fields.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PreviewRow& r = m_rows.at(index.row());
    const bool bad = !r.problem.isEmpty();
    const int field = index.column() - FirstFieldColumn;
    const bool badCell = bad && field >= 0 && field < m_fields.size() && m_fields[field] == r.field;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn) {
            return r.line;
        }
        if (index.column() == ProblemColumn) {
            return bad ? (r.field.isEmpty() ? r.problem : tr("%1: %2").arg(r.field, r.problem)) : tr("OK");
        }
        return r.values.value(field).replace(u'\n', u' ');
    case Qt::ToolTipRole:
        if (bad) {
            return tr("Line %1: %2").arg(r.line).arg(r.problem);
        }
        return field >= 0 ? QVariant(r.values.value(field)) : QVariant();
    case Qt::BackgroundRole:
        if (bad) {
            return QBrush(badCell ? kBadCell : kBadRow);
        }
        return {};
    case Qt::ForegroundRole:
        if (bad && (index.column() == ProblemColumn || index.column() == LineColumn || badCell)) {
            return QBrush(kBadText);
        }
        if (bad) {
            return QBrush(Qt::black); // readable on the light red background in dark themes too
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    case HasProblemRole:
        return bad;
    case LineRole:
        return r.line;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == LineColumn) {
        return tr("Line");
    }
    if (section == ProblemColumn) {
        return tr("Check");
    }
    return m_fields.value(section - FirstFieldColumn);
}

} // namespace mentordesk
