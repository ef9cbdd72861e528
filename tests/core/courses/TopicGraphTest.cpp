// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/TopicGraph.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

/// Readable ids for graph tests: single letters sort like their names.
Id t(const char* name)
{
    return QString::fromLatin1(name);
}

QList<Id> ids(std::initializer_list<const char*> names)
{
    QList<Id> out;
    for (const char* n : names) {
        out.append(t(n));
    }
    return out;
}

/// Edge "topic requires prerequisite".
TopicEdge req(const char* topic, const char* prerequisite)
{
    return {t(topic), t(prerequisite)};
}

/// True when every topic in `order` comes after each of its transitive prerequisites in `order`.
bool respectsPrerequisites(const TopicGraph& g, const QList<Id>& order)
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (const Id& p : g.prerequisitesClosure(order[i])) {
            const qsizetype at = order.indexOf(p);
            if (at >= 0 && at > i) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

TEST(TopicGraphTest, EmptyGraphKnowsNothing)
{
    const TopicGraph g;
    EXPECT_EQ(g.nodeCount(), 0);
    EXPECT_FALSE(g.wouldCreateCycle(t("a"), t("b")));
    EXPECT_TRUE(g.prerequisitesClosure(t("a")).isEmpty());
    EXPECT_TRUE(g.dependents(t("a")).isEmpty());
    EXPECT_EQ(g.topologicalOrder(ids({"c", "a", "b"})), ids({"a", "b", "c"}));
}

TEST(TopicGraphTest, IgnoresDuplicateAndSelfEdges)
{
    const TopicGraph g({req("b", "a"), req("b", "a"), req("c", "c")});
    EXPECT_EQ(g.edgeCount(), 1);
    EXPECT_EQ(g.nodeCount(), 2);
    EXPECT_TRUE(g.hasEdge(t("b"), t("a")));
    EXPECT_FALSE(g.hasEdge(t("a"), t("b")));
}

TEST(TopicGraphTest, SelfEdgeIsACycle)
{
    const TopicGraph g;
    QList<Id> path;
    EXPECT_TRUE(g.wouldCreateCycle(t("a"), t("a"), &path));
    EXPECT_EQ(path, ids({"a", "a"}));
}

TEST(TopicGraphTest, DetectsShortCycleAndNamesIt)
{
    // "python" requires "sql"; "advanced" requires "python". Adding "sql requires advanced" closes
    // the cycle sql → python → advanced → sql (in "leads to" order).
    const TopicGraph g({req("python", "sql"), req("advanced", "python")});
    QList<Id> path;
    ASSERT_TRUE(g.wouldCreateCycle(t("sql"), t("advanced"), &path));
    EXPECT_EQ(path, ids({"sql", "python", "advanced", "sql"}));
    EXPECT_TRUE(g.wouldCreateCycle(t("python"), t("advanced")));
    EXPECT_FALSE(g.wouldCreateCycle(t("advanced"), t("sql"))) << "a redundant edge is not a cycle";
    EXPECT_FALSE(g.wouldCreateCycle(t("sql"), t("unrelated")));
}

TEST(TopicGraphTest, DetectsLongCycleWithTheShortestPath)
{
    // A chain n0000 ← n0001 ← … ← n1999 (each requires the previous one), plus a shortcut
    // n1999 requires n0500, so the shortest way from n1999 down to n0000 skips n0501…n1998.
    QList<TopicEdge> edges;
    const auto name = [](int i) { return QStringLiteral("n%1").arg(i, 4, 10, QLatin1Char('0')); };
    for (int i = 1; i < 2000; ++i) {
        edges.append({name(i), name(i - 1)});
    }
    edges.append({name(1999), name(500)});
    const TopicGraph g(edges);
    QList<Id> path;
    ASSERT_TRUE(g.wouldCreateCycle(name(0), name(1999), &path));
    ASSERT_EQ(path.size(), 503);
    EXPECT_EQ(path.first(), name(0));
    EXPECT_EQ(path[1], name(1));
    EXPECT_EQ(path[500], name(500));
    EXPECT_EQ(path[501], name(1999));
    EXPECT_EQ(path.last(), name(0));
    EXPECT_FALSE(g.wouldCreateCycle(name(1999), name(0)));
    EXPECT_EQ(g.prerequisitesClosure(name(1999)).size(), 1999);
}

TEST(TopicGraphTest, ClosureIsTransitiveAndOrdered)
{
    // d requires b and c; b and c require a; e is unrelated.
    const TopicGraph g({req("d", "c"), req("d", "b"), req("b", "a"), req("c", "a"), req("e", "x")});
    EXPECT_EQ(g.prerequisitesClosure(t("d")), ids({"a", "b", "c"}));
    EXPECT_EQ(g.prerequisitesClosure(t("b")), ids({"a"}));
    EXPECT_TRUE(g.prerequisitesClosure(t("a")).isEmpty());
    EXPECT_EQ(g.dependents(t("a")), ids({"b", "c", "d"}));
    EXPECT_EQ(g.directPrerequisites(t("d")), ids({"b", "c"}));
    EXPECT_EQ(g.directDependents(t("a")), ids({"b", "c"}));
    EXPECT_EQ(g.roots(), ids({"d", "e"}));
}

TEST(TopicGraphTest, TopologicalOrderPutsPrerequisitesFirstWithIdTieBreak)
{
    // z requires y requires x; m requires a.
    const TopicGraph g({req("z", "y"), req("y", "x"), req("m", "a")});
    EXPECT_EQ(g.topologicalOrder(ids({"z", "y", "x", "m", "a"})), ids({"a", "m", "x", "y", "z"}));
    EXPECT_EQ(g.topologicalOrder(ids({"z", "z", "y"})), ids({"y", "z"})) << "duplicates dropped";
    EXPECT_EQ(g.topologicalOrder(ids({"b", "q"})), ids({"b", "q"})) << "unknown topics are unconstrained";
}

TEST(TopicGraphTest, TopologicalOrderFollowsUnlistedIntermediates)
{
    // c requires b requires a requires z. Listing only some of them still orders them through the
    // unlisted ones, even against the id order ("z" after "c" by id, but z is needed first).
    const TopicGraph g({req("a", "z"), req("c", "b"), req("b", "a")});
    EXPECT_EQ(g.topologicalOrder(ids({"c", "a"})), ids({"a", "c"}));
    EXPECT_EQ(g.topologicalOrder(ids({"c", "z"})), ids({"z", "c"}));
}

TEST(TopicGraphTest, TopologicalOrderIsDeterministicWhateverTheInputOrder)
{
    QList<TopicEdge> edges;
    for (int i = 0; i < 300; ++i) {
        // Each topic requires the topics at i/2 and i/3 (a layered DAG with shared prerequisites).
        const Id id = QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0'));
        if (i > 0) {
            edges.append({id, QStringLiteral("t%1").arg(i / 2, 3, 10, QLatin1Char('0'))});
        }
        if (i > 2) {
            edges.append({id, QStringLiteral("t%1").arg(i / 3, 3, 10, QLatin1Char('0'))});
        }
    }
    QList<TopicEdge> reversed(edges.crbegin(), edges.crend());
    const TopicGraph g(edges);
    const TopicGraph h(reversed);
    QList<Id> all;
    for (int i = 299; i >= 0; --i) {
        all.append(QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')));
    }
    const QList<Id> order = g.topologicalOrder(all);
    ASSERT_EQ(order.size(), 300);
    EXPECT_TRUE(respectsPrerequisites(g, order));
    EXPECT_EQ(h.topologicalOrder(QList<Id>(all.crbegin(), all.crend())), order);
}

TEST(TopicGraphTest, CyclicDataDoesNotLoseTopics)
{
    // TopicService never stores a cycle, but a synced database might carry one.
    const TopicGraph g({req("a", "b"), req("b", "a"), req("c", "a")});
    const QList<Id> order = g.topologicalOrder(ids({"c", "b", "a", "d"}));
    EXPECT_EQ(order, ids({"d", "a", "b", "c"}));
    EXPECT_EQ(g.prerequisitesClosure(t("c")), ids({"a", "b"}));
}

TEST(TopicGraphTest, HandlesTwoThousandTopicsQuickly)
{
    // A wide DAG of 2,000 topics and ~6,000 edges; every query must stay linear-ish. (No timing
    // assertion: benchmarks measure speed. This checks results at the intended scale.)
    QList<TopicEdge> edges;
    const auto name = [](int i) { return QStringLiteral("k%1").arg(i, 4, 10, QLatin1Char('0')); };
    for (int i = 1; i < 2000; ++i) {
        for (const int p : {i - 1, i / 2, (i * 7) % i}) {
            if (p >= 0 && p < i) {
                edges.append({name(i), name(p)});
            }
        }
    }
    const TopicGraph g(edges);
    QList<Id> all;
    for (int i = 0; i < 2000; ++i) {
        all.append(name(i));
    }
    EXPECT_EQ(g.topologicalOrder(all), all);
    EXPECT_EQ(g.prerequisitesClosure(name(1999)).size(), 1999);
    EXPECT_EQ(g.dependents(name(0)).size(), 1999);
    EXPECT_TRUE(g.wouldCreateCycle(name(0), name(1999)));
}
