// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/TopicGraph.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace mentordesk {

TopicGraph::TopicGraph(const QList<TopicEdge>& edges)
{
    m_ids.reserve(static_cast<std::size_t>(edges.size()) * 2);
    for (const TopicEdge& e : edges) {
        if (e.topicId != e.prerequisiteId) {
            m_ids.push_back(e.topicId);
            m_ids.push_back(e.prerequisiteId);
        }
    }
    std::sort(m_ids.begin(), m_ids.end());
    m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    m_index.reserve(static_cast<qsizetype>(m_ids.size()));
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        m_index.insert(m_ids[i], static_cast<int>(i));
    }
    m_requires.assign(m_ids.size(), {});
    m_requiredBy.assign(m_ids.size(), {});
    for (const TopicEdge& e : edges) {
        if (e.topicId != e.prerequisiteId) {
            const int t = m_index.value(e.topicId);
            const int p = m_index.value(e.prerequisiteId);
            m_requires[static_cast<std::size_t>(t)].push_back(p);
            m_requiredBy[static_cast<std::size_t>(p)].push_back(t);
        }
    }
    const auto tidy = [](std::vector<int>& list) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    };
    for (auto& list : m_requires) {
        tidy(list);
        m_edgeCount += static_cast<int>(list.size());
    }
    for (auto& list : m_requiredBy) {
        tidy(list);
    }
}

int TopicGraph::indexOf(const Id& id) const
{
    return m_index.value(id, -1);
}

bool TopicGraph::hasEdge(const Id& topic, const Id& prerequisite) const
{
    const int t = indexOf(topic);
    const int p = indexOf(prerequisite);
    if (t < 0 || p < 0) {
        return false;
    }
    const auto& list = m_requires[static_cast<std::size_t>(t)];
    return std::binary_search(list.begin(), list.end(), p);
}

bool TopicGraph::wouldCreateCycle(const Id& topic, const Id& prereq, QList<Id>* path) const
{
    if (topic == prereq) {
        if (path) {
            *path = {topic, topic};
        }
        return true;
    }
    const int target = indexOf(topic);
    const int start = indexOf(prereq);
    if (target < 0 || start < 0) {
        return false;
    }
    // Why: breadth-first from the new prerequisite over "requires" edges finds the shortest chain
    // back to `topic`, which makes the clearest message; ascending adjacency keeps it deterministic.
    std::vector<int> parent(m_ids.size(), -1);
    std::vector<int> queue{start};
    parent[static_cast<std::size_t>(start)] = start;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int node = queue[head];
        for (const int next : m_requires[static_cast<std::size_t>(node)]) {
            if (parent[static_cast<std::size_t>(next)] != -1) {
                continue;
            }
            parent[static_cast<std::size_t>(next)] = node;
            if (next == target) {
                if (path) {
                    // The chain prereq → … → topic in "requires" order, reversed, is topic → … → prereq
                    // in "leads to" order; the new edge closes it back to topic.
                    path->clear();
                    for (int n = target; n != start; n = parent[static_cast<std::size_t>(n)]) {
                        path->append(m_ids[static_cast<std::size_t>(n)]);
                    }
                    path->append(prereq);
                    path->append(topic);
                }
                return true;
            }
            queue.push_back(next);
        }
    }
    return false;
}

QList<Id> TopicGraph::idsOf(const std::vector<int>& indices) const
{
    QList<Id> out;
    out.reserve(static_cast<qsizetype>(indices.size()));
    for (const int i : indices) {
        out.append(m_ids[static_cast<std::size_t>(i)]);
    }
    return out;
}

QList<Id> TopicGraph::directPrerequisites(const Id& topic) const
{
    const int t = indexOf(topic);
    return t < 0 ? QList<Id>() : idsOf(m_requires[static_cast<std::size_t>(t)]);
}

QList<Id> TopicGraph::directDependents(const Id& topic) const
{
    const int t = indexOf(topic);
    return t < 0 ? QList<Id>() : idsOf(m_requiredBy[static_cast<std::size_t>(t)]);
}

std::vector<int> TopicGraph::reachable(int start, const std::vector<std::vector<int>>& adjacency) const
{
    std::vector<char> seen(m_ids.size(), 0);
    std::vector<int> stack{start};
    std::vector<int> out;
    seen[static_cast<std::size_t>(start)] = 1;
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        for (const int next : adjacency[static_cast<std::size_t>(node)]) {
            if (!seen[static_cast<std::size_t>(next)]) {
                seen[static_cast<std::size_t>(next)] = 1;
                out.push_back(next);
                stack.push_back(next);
            }
        }
    }
    return out;
}

QList<Id> TopicGraph::prerequisitesClosure(const Id& topic) const
{
    const int t = indexOf(topic);
    return t < 0 ? QList<Id>() : topologicalOrder(idsOf(reachable(t, m_requires)));
}

QList<Id> TopicGraph::dependents(const Id& topic) const
{
    const int t = indexOf(topic);
    return t < 0 ? QList<Id>() : topologicalOrder(idsOf(reachable(t, m_requiredBy)));
}

QList<Id> TopicGraph::topologicalOrder(const QList<Id>& topics) const
{
    std::vector<Id> local(topics.cbegin(), topics.cend());
    std::sort(local.begin(), local.end());
    local.erase(std::unique(local.begin(), local.end()), local.end());
    const std::size_t k = local.size();

    // Map graph nodes to positions in `local` (the listed topics, in id order).
    std::vector<int> localOf(m_ids.size(), -1);
    for (std::size_t i = 0; i < k; ++i) {
        if (const int g = indexOf(local[i]); g >= 0) {
            localOf[static_cast<std::size_t>(g)] = static_cast<int>(i);
        }
    }

    // For each listed topic, walk its prerequisites through unlisted topics and stop at listed
    // ones: that yields "must come after" links whose transitive closure equals reachability
    // among the listed topics, without materialising the full closure.
    std::vector<int> waitingFor(k, 0);
    std::vector<std::vector<int>> unlocks(k);
    std::vector<int> stamp(m_ids.size(), -1);
    std::vector<int> stack;
    for (std::size_t i = 0; i < k; ++i) {
        const int g = indexOf(local[i]);
        if (g < 0) {
            continue;
        }
        const int mark = static_cast<int>(i);
        stamp[static_cast<std::size_t>(g)] = mark;
        stack.assign(1, g);
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            for (const int next : m_requires[static_cast<std::size_t>(node)]) {
                if (stamp[static_cast<std::size_t>(next)] == mark) {
                    continue;
                }
                stamp[static_cast<std::size_t>(next)] = mark;
                if (const int l = localOf[static_cast<std::size_t>(next)]; l >= 0) {
                    ++waitingFor[i];
                    unlocks[static_cast<std::size_t>(l)].push_back(mark);
                } else {
                    stack.push_back(next);
                }
            }
        }
    }

    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (std::size_t i = 0; i < k; ++i) {
        if (waitingFor[i] == 0) {
            ready.push(static_cast<int>(i));
        }
    }
    QList<Id> out;
    out.reserve(static_cast<qsizetype>(k));
    std::vector<char> placed(k, 0);
    while (!ready.empty()) {
        const int i = ready.top();
        ready.pop();
        placed[static_cast<std::size_t>(i)] = 1;
        out.append(local[static_cast<std::size_t>(i)]);
        for (const int next : unlocks[static_cast<std::size_t>(i)]) {
            if (--waitingFor[static_cast<std::size_t>(next)] == 0) {
                ready.push(next);
            }
        }
    }
    for (std::size_t i = 0; i < k; ++i) {
        if (!placed[i]) {
            out.append(local[i]); // on a cycle: keep it, in id order
        }
    }
    return out;
}

QList<Id> TopicGraph::roots() const
{
    QList<Id> out;
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        if (m_requiredBy[i].empty()) {
            out.append(m_ids[i]);
        }
    }
    return out;
}

} // namespace mentordesk
