// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CourseTopicTreeModel.h"

#include "courses/TopicGraph.h"

#include <QSet>
#include <algorithm>

namespace mentordesk {

CourseTopicTreeModel::CourseTopicTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

QList<Id> CourseTopicTreeModel::sortedByName(QList<Id> ids) const
{
    std::sort(ids.begin(), ids.end(), [this](const Id& a, const Id& b) {
        const int byName = QString::compare(m_topics.value(a).name, m_topics.value(b).name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a < b;
    });
    return ids;
}

void CourseTopicTreeModel::setRoots(const QList<Id>& roots, const TopicGraph& graph, const QHash<Id, Topic>& topics)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_topics = topics;
    QList<Id> path;
    for (const Id& id : sortedByName(roots)) {
        if (static_cast<int>(m_nodes.size()) >= kMaxNodes) {
            break;
        }
        addNode(id, -1, graph, path);
    }
    endResetModel();
}

void CourseTopicTreeModel::addNode(const Id& id, int parent, const TopicGraph& graph, QList<Id>& path)
{
    const int self = static_cast<int>(m_nodes.size());
    Node node;
    node.topicId = id;
    node.parent = parent;
    std::vector<int>& siblings = parent < 0 ? m_roots : m_nodes[static_cast<size_t>(parent)].children;
    node.row = static_cast<int>(siblings.size());
    siblings.push_back(self);
    m_nodes.push_back(std::move(node));
    if (path.contains(id)) {
        return;
    }
    path.append(id);
    for (const Id& prerequisite : sortedByName(graph.directPrerequisites(id))) {
        if (static_cast<int>(m_nodes.size()) >= kMaxNodes) {
            m_nodes[static_cast<size_t>(self)].truncated = true;
            break;
        }
        addNode(prerequisite, self, graph, path);
    }
    path.removeLast();
}

QList<Id> CourseTopicTreeModel::prerequisiteIds() const
{
    QList<Id> out;
    QSet<Id> seen;
    for (const Node& n : m_nodes) {
        if (n.parent >= 0 && !seen.contains(n.topicId)) {
            seen.insert(n.topicId);
            out.append(n.topicId);
        }
    }
    return out;
}

void CourseTopicTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const std::vector<int>& CourseTopicTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes[static_cast<size_t>(node)].children;
}

QModelIndex CourseTopicTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const int parentNode = parent.isValid() ? static_cast<int>(parent.internalId()) : -1;
    const std::vector<int>& children = childrenOf(parentNode);
    if (row >= static_cast<int>(children.size())) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<size_t>(row)]));
}

QModelIndex CourseTopicTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node& node = m_nodes[static_cast<size_t>(child.internalId())];
    if (node.parent < 0) {
        return {};
    }
    const Node& parentNode = m_nodes[static_cast<size_t>(node.parent)];
    return createIndex(parentNode.row, 0, static_cast<quintptr>(node.parent));
}

int CourseTopicTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(childrenOf(parent.isValid() ? static_cast<int>(parent.internalId()) : -1).size());
}

int CourseTopicTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant CourseTopicTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node& node = m_nodes[static_cast<size_t>(index.internalId())];
    const Topic topic = m_topics.value(node.topicId);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            const QString name = topic.name.isEmpty() ? node.topicId : topic.name;
            return node.truncated ? tr("%1 …", "tree cut here").arg(name) : name;
        }
        return topic.area;
    case Qt::ToolTipRole:
        if (node.parent < 0) {
            return topic.description.isEmpty() ? topic.name : topic.description;
        }
        return tr("“%1” needs “%2” first")
            .arg(m_topics.value(m_nodes[static_cast<size_t>(node.parent)].topicId).name, topic.name);
    case UnderlyingDataRole:
        return index.column() == Name ? topic.name.toLower() : topic.area.toLower();
    case IdRole:
        return node.topicId;
    default:
        return {};
    }
}

QVariant CourseTopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    return section == Name ? tr("Topic and its prerequisites") : section == Area ? tr("Area") : QVariant();
}

} // namespace mentordesk
