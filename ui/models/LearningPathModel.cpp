// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/LearningPathModel.h"

namespace mentordesk {

LearningPathModel::LearningPathModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LearningPathModel::setRows(const QList<PathRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void LearningPathModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int LearningPathModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LearningPathModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearningPathModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PathRow& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Step:
            return index.row() + 1;
        case Course:
            return r.title;
        case Hours:
            return r.hours;
        case Start:
            return r.startText;
        case Finish:
            return r.finishText;
        case Topics:
            return r.topics;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Course || index.column() == Topics) {
            return r.prerequisitesMet
                       ? tr("%1\nTeaches: %2").arg(r.title, r.topics)
                       : tr("%1\nTeaches: %2\nSome prerequisites are not covered by the plan.").arg(r.title, r.topics);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Step || index.column() == Hours ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant();
    case IdRole:
        return r.courseId;
    case RawValueRole:
        switch (index.column()) {
        case Step:
            return index.row() + 1;
        case Course:
            return r.title;
        case Hours:
            return r.minutes;
        case Start:
            return r.start;
        case Finish:
            return r.finish;
        case Topics:
            return r.topics;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LearningPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Step:
        return tr("#");
    case Course:
        return tr("Course");
    case Hours:
        return tr("Hours");
    case Start:
        return tr("Start");
    case Finish:
        return tr("Finish");
    case Topics:
        return tr("Topics");
    default:
        return {};
    }
}

} // namespace mentordesk
