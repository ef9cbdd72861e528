// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CourseTopicListModel.h"

#include "courses/TopicGraph.h"

namespace mentordesk {

CourseTopicListModel::CourseTopicListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CourseTopicListModel::setTopics(QList<Topic> topics, const TopicGraph& graph)
{
    beginResetModel();
    m_topics = std::move(topics);
    m_names.clear();
    m_prerequisites.clear();
    m_neededBy.clear();
    for (const Topic& t : std::as_const(m_topics)) {
        m_names.insert(t.meta.id, t.name);
    }
    for (const Topic& t : std::as_const(m_topics)) {
        m_prerequisites.insert(t.meta.id, graph.directPrerequisites(t.meta.id));
        m_neededBy.insert(t.meta.id, static_cast<int>(graph.directDependents(t.meta.id).size()));
    }
    endResetModel();
}

const Topic* CourseTopicListModel::topicAt(int row) const
{
    return row >= 0 && row < m_topics.size() ? &m_topics[row] : nullptr;
}

int CourseTopicListModel::rowOf(const Id& id) const
{
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        if (m_topics[i].meta.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QStringList CourseTopicListModel::prerequisiteNames(const Id& id) const
{
    QStringList names;
    for (const Id& p : m_prerequisites.value(id)) {
        names.append(m_names.value(p, p));
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

void CourseTopicListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CourseTopicListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_topics.size());
}

int CourseTopicListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTopicListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Topic& t = m_topics[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t.name;
        case Area:
            return t.area;
        case Prerequisites:
            return prerequisiteNames(t.meta.id).join(QStringLiteral(", "));
        case NeededBy:
            return m_neededBy.value(t.meta.id);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Name && !t.description.isEmpty()) {
            return t.description;
        }
        return index.column() == Prerequisites ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NeededBy ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case UnderlyingDataRole:
        switch (index.column()) {
        case Name:
            return t.name.toLower();
        case Area:
            return t.area.toLower();
        case Prerequisites:
            return static_cast<int>(m_prerequisites.value(t.meta.id).size());
        case NeededBy:
            return m_neededBy.value(t.meta.id);
        default:
            return {};
        }
    case IdRole:
        return t.meta.id;
    default:
        return {};
    }
}

QVariant CourseTopicListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == NeededBy) {
        return tr("How many topics require this one directly");
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Topic");
    case Area:
        return tr("Area");
    case Prerequisites:
        return tr("Requires");
    case NeededBy:
        return tr("Needed by");
    default:
        return {};
    }
}

} // namespace mentordesk
