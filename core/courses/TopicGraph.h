// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "courses/Topic.h"

#include <QHash>
#include <QList>
#include <vector>

namespace mentordesk {

/// The prerequisite graph of topics as plain data: no database, no Qt event loop. Built once from
/// the edges (adjacency lists over topic indices), then queried; every query is linear in the part
/// of the graph it visits. Topics that appear in no edge are simply isolated nodes.
///
/// Direction: an edge (topic, prerequisite) means "topic requires prerequisite". Orders returned by
/// this class are deterministic: whenever several topics could come next, the smallest id goes first.
class TopicGraph final
{
public:
    TopicGraph() = default;
    /// Duplicate edges are ignored; self-edges are kept out (they can never be satisfied).
    explicit TopicGraph(const QList<TopicEdge>& edges);

    /// Number of distinct topics that appear in at least one edge.
    [[nodiscard]] int nodeCount() const { return static_cast<int>(m_ids.size()); }
    /// Number of distinct edges.
    [[nodiscard]] int edgeCount() const { return m_edgeCount; }
    /// True when `topic` directly requires `prerequisite`.
    [[nodiscard]] bool hasEdge(const Id& topic, const Id& prerequisite) const;

    /// True when adding the edge "topic requires prereq" would close a cycle (a self-edge counts).
    /// When it would and `path` is given, `path` receives the shortest such cycle in "leads to"
    /// order, starting and ending with `topic`: topic → … → prereq → topic. Example: with
    /// "Python basics" requiring "SQL" and "Advanced Python" requiring "Python basics", adding
    /// "SQL requires Advanced Python" gives [SQL, Python basics, Advanced Python, SQL].
    [[nodiscard]] bool wouldCreateCycle(const Id& topic, const Id& prereq, QList<Id>* path = nullptr) const;

    /// The topics `topic` requires directly, ordered by id.
    [[nodiscard]] QList<Id> directPrerequisites(const Id& topic) const;
    /// The topics that require `topic` directly, ordered by id.
    [[nodiscard]] QList<Id> directDependents(const Id& topic) const;
    /// Every topic `topic` requires, directly or transitively (not `topic` itself), in
    /// topological order: prerequisites first.
    [[nodiscard]] QList<Id> prerequisitesClosure(const Id& topic) const;
    /// Every topic that requires `topic`, directly or transitively (not `topic` itself), in
    /// topological order: prerequisites first.
    [[nodiscard]] QList<Id> dependents(const Id& topic) const;

    /// `topics` (duplicates dropped) ordered so that every topic comes after all of the listed
    /// topics it requires, directly or through topics that are not listed. Among the topics that
    /// could come next, the smallest id goes first. Should the stored graph contain a cycle (which
    /// TopicService never writes), the topics on it are appended by id instead of being lost.
    [[nodiscard]] QList<Id> topologicalOrder(const QList<Id>& topics) const;

    /// Topics that appear in an edge but are required by no other topic, ordered by id: the tops of
    /// the prerequisite trees.
    [[nodiscard]] QList<Id> roots() const;

private:
    /// Index of `id`, or -1 when it appears in no edge.
    [[nodiscard]] int indexOf(const Id& id) const;
    /// Indices reachable from `start` over `adjacency` (not `start` itself).
    [[nodiscard]] std::vector<int> reachable(int start, const std::vector<std::vector<int>>& adjacency) const;
    [[nodiscard]] QList<Id> idsOf(const std::vector<int>& indices) const;

    std::vector<Id> m_ids; ///< sorted, so index order is id order
    QHash<Id, int> m_index;
    std::vector<std::vector<int>> m_requires;   ///< m_requires[t] = prerequisites of t, ascending
    std::vector<std::vector<int>> m_requiredBy; ///< m_requiredBy[p] = topics requiring p, ascending
    int m_edgeCount = 0;
};

} // namespace mentordesk
