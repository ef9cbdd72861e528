// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Topic.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace mentordesk {

class TopicGraph;

/// An indented tree of topics with their prerequisites: each root (e.g. a course's topics) has its
/// direct prerequisites as children, theirs below them, and so on — the transitive closure, drawn as a
/// tree. A topic reached along two paths appears under both. Children are ordered by name.
class CourseTopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Area,
        ColumnCount
    };
    enum Role
    {
        UnderlyingDataRole = Qt::UserRole + 1,
        IdRole,
    };

    /// Trees larger than this are cut (the cut nodes show "…"), so a dense graph cannot flood the view.
    static constexpr int kMaxNodes = 5000;

    explicit CourseTopicTreeModel(QObject* parent = nullptr);

    /// Rebuilds the tree for `roots` (ordered by name) over `graph`; `topics` gives names and areas.
    void setRoots(const QList<Id>& roots, const TopicGraph& graph, const QHash<Id, Topic>& topics);
    /// Number of nodes in the tree (roots included).
    [[nodiscard]] int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    /// Every distinct topic in the tree that is not a root: the prerequisites to learn first.
    [[nodiscard]] QList<Id> prerequisiteIds() const;
    void retranslate();

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Id topicId;
        int parent = -1; ///< index into m_nodes; -1 for roots
        int row = 0;     ///< row under the parent
        std::vector<int> children;
        bool truncated = false; ///< children left out (size limit)
    };

    /// Adds `id` under `parent` and, recursively, its prerequisites. `path` holds the ancestors'
    /// ids so that a (never stored) cycle cannot recurse forever.
    void addNode(const Id& id, int parent, const TopicGraph& graph, QList<Id>& path);
    [[nodiscard]] QList<Id> sortedByName(QList<Id> ids) const;
    [[nodiscard]] const std::vector<int>& childrenOf(int node) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<Id, Topic> m_topics;
};

} // namespace mentordesk
