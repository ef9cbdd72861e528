// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CourseModuleModel.h"

#include "common/Formatter.h"

namespace mentordesk {

CourseModuleModel::CourseModuleModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void CourseModuleModel::setModules(QList<CourseModule> modules)
{
    beginResetModel();
    m_modules = std::move(modules);
    endResetModel();
}

void CourseModuleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_modules.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int CourseModuleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_modules.size());
}

int CourseModuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseModuleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CourseModule& m = m_modules[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Position:
            return m_format.locale().toString(m.position);
        case Title:
            return m.title;
        case Duration:
            return m_format.duration(m.minutes);
        case Price:
            return m.priceMinor ? m_format.money(*m.priceMinor) : tr("—", "no price");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Title) {
            return m.title;
        }
        return column == Price && !m.priceMinor ? tr("Not sold per module") : QVariant();
    case Qt::TextAlignmentRole:
        return column == Title ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case UnderlyingDataRole:
        switch (column) {
        case Position:
            return m.position;
        case Title:
            return m.title.toLower();
        case Duration:
            return m.minutes;
        case Price:
            return m.priceMinor ? QVariant(*m.priceMinor) : QVariant(qint64(-1));
        default:
            return {};
        }
    case IdRole:
        return m.meta.id;
    default:
        return {};
    }
}

QVariant CourseModuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Position:
        return tr("#");
    case Title:
        return tr("Module");
    case Duration:
        return tr("Length");
    case Price:
        return tr("Price");
    default:
        return {};
    }
}

} // namespace mentordesk
