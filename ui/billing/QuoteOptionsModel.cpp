// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/QuoteOptionsModel.h"

#include "billing/PlanHistoryModel.h"
#include "common/Formatter.h"

#include <QFont>

namespace mentordesk {

QuoteOptionsModel::QuoteOptionsModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void QuoteOptionsModel::setOptions(const QList<QuoteOption>& options)
{
    beginResetModel();
    m_options = options;
    endResetModel();
}

int QuoteOptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_options.size());
}

int QuoteOptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteOptionsModel::detail(const QuoteOption& option) const
{
    switch (option.kind) {
    case PlanKind::Subscription:
        return tr("%n period(s)", nullptr, option.periods);
    case PlanKind::Package:
        return tr("%n package(s)", nullptr, option.packages);
    case PlanKind::Hourly:
    case PlanKind::Project:
    case PlanKind::Module:
        break;
    }
    return tr("%n invoice line(s)", nullptr, static_cast<int>(option.lines.size()));
}

QVariant QuoteOptionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_options.size()) {
        return {};
    }
    const QuoteOption& option = m_options.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == TotalColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && index.row() == 0) { // the cheapest
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::UserRole) {
        return option.totalMinor;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case PlanColumn:
        return option.planLabel;
    case KindColumn:
        return PlanHistoryModel::kindText(option.kind);
    case TotalColumn:
        return m_format.money(option.totalMinor);
    case DetailColumn:
        return detail(option);
    default:
        return {};
    }
}

QVariant QuoteOptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PlanColumn:
        return tr("Plan");
    case KindColumn:
        return tr("Kind");
    case TotalColumn:
        return tr("Total cost");
    case DetailColumn:
        return tr("Billed as");
    default:
        return {};
    }
}

} // namespace mentordesk
