// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ExpertiseModel.h"

namespace mentordesk {

ExpertiseModel::ExpertiseModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString ExpertiseModel::levelText(int level)
{
    switch (level) {
    case 1:
        return tr("1 — basics");
    case 2:
        return tr("2 — working knowledge");
    case 3:
        return tr("3 — solid");
    case 4:
        return tr("4 — advanced");
    case 5:
        return tr("5 — expert");
    default:
        return QString::number(level);
    }
}

void ExpertiseModel::setExpertise(const QList<Expertise>& expertise)
{
    beginResetModel();
    m_rows = expertise;
    endResetModel();
}

void ExpertiseModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ExpertiseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExpertiseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpertiseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Expertise& e = m_rows[index.row()];
    const bool level = index.column() == Level;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return level ? levelText(e.level) : e.topicName;
    case Qt::EditRole:
        return level ? QVariant(e.level) : QVariant(e.topicName);
    case TopicIdRole:
        return e.topicId;
    case RawValueRole:
        return level ? QVariant(e.level) : QVariant(e.topicName);
    default:
        return {};
    }
}

bool ExpertiseModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Level ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok || level < 1 || level > 5) {
        return false;
    }
    if (level == m_rows[index.row()].level) {
        return true;
    }
    // Why: the row changes only when the owner saved the level and hands back the stored expertise.
    emit levelEdited(m_rows[index.row()].topicId, level);
    return true;
}

Qt::ItemFlags ExpertiseModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Level) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ExpertiseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == Topic) {
        return tr("Topic");
    }
    if (section == Level) {
        return tr("Level");
    }
    return {};
}

} // namespace mentordesk
