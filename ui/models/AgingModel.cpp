// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgingModel.h"

#include "common/Formatter.h"

#include <QFont>

namespace mentordesk {

AgingModel::AgingModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void AgingModel::setReport(AgingReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void AgingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const AgingRow& AgingModel::rowAt(int row) const
{
    return isTotalRow(row) ? m_report.totals : m_report.rows[row];
}

int AgingModel::rowCount(const QModelIndex& parent) const
{
    // The total row only when there is something to total.
    return parent.isValid() || m_report.rows.isEmpty() ? 0 : static_cast<int>(m_report.rows.size()) + 1;
}

int AgingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AgingRow& r = rowAt(index.row());
    const int column = index.column();
    const auto amount = [&]() -> qint64 {
        return column == Total ? r.total() : r.buckets[static_cast<std::size_t>(column - Current)];
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == Payer) {
            return isTotalRow(index.row()) ? tr("Total") : r.payerName;
        }
        return amount() == 0 && column != Total ? QString() : m_format.money(amount());
    case Qt::TextAlignmentRole:
        return column == Payer ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(index.row()) || column == Total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case UnderlyingDataRole:
        if (column == Payer) {
            // The total row sorts last either way round only by name; keep it recognisable.
            return isTotalRow(index.row()) ? QString() : r.payerName.toLower();
        }
        return amount();
    case PayerIdRole:
        return isTotalRow(index.row()) ? QString() : r.payerId;
    default:
        return {};
    }
}

QVariant AgingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Payer:
        return tr("Payer");
    case Current:
        return tr("Not yet due");
    case Days1To30:
        return tr("1–30 days");
    case Days31To60:
        return tr("31–60 days");
    case Days61To90:
        return tr("61–90 days");
    case Over90:
        return tr("Over 90 days");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace mentordesk
