// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/PathPlanner.h"

#include "courses/TopicGraph.h"
#include "matcher/SeededRandom.h"
#include "progress/ProgressModel.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

Id topic(int t)
{
    return QStringLiteral("t%1").arg(t, 2, 10, QChar(u'0'));
}

/// The best plan by brute force over every subset of the courses, with the objective of
/// docs/matcher.md written out independently of the planner.
struct BruteForce
{
    double value = 0.0;
    double partial = 0.0;
    qint64 cost = 0;
};

BruteForce bruteForce(const TopicGraph& graph, const PathRequest& r)
{
    // Needed topics per goal: the goal and its missing prerequisites.
    QList<QSet<Id>> needs;
    QSet<Id> needed;
    for (const PlanGoal& g : r.goals) {
        QSet<Id> need;
        if (!r.knownTopics.contains(g.topicId)) {
            QList<Id> queue{g.topicId};
            need.insert(g.topicId);
            while (!queue.isEmpty()) {
                for (const Id& p : graph.directPrerequisites(queue.takeFirst())) {
                    if (!r.knownTopics.contains(p) && !need.contains(p)) {
                        need.insert(p);
                        queue.append(p);
                    }
                }
            }
        }
        needs.append(need);
        needed.unite(need);
    }
    const qint64 budget = static_cast<qint64>(r.weeklyMinutes) * r.weeks;
    BruteForce best;
    const auto n = static_cast<int>(r.courses.size());
    for (int subset = 0; subset < (1 << n); ++subset) {
        qint64 cost = 0;
        QSet<Id> taught;
        for (int c = 0; c < n; ++c) {
            if (subset & (1 << c)) {
                cost += ProgressModel::remainingMinutes(0, r.efficiencyPermille, r.courses[c].contentMinutes);
                for (const Id& t : r.courses[c].topics) {
                    if (needed.contains(t)) {
                        taught.insert(t);
                    }
                }
            }
        }
        if (cost > budget) {
            continue;
        }
        bool closed = true;
        for (const Id& t : std::as_const(taught)) {
            for (const Id& p : graph.directPrerequisites(t)) {
                closed = closed && (!needed.contains(p) || taught.contains(p));
            }
        }
        if (!closed) {
            continue;
        }
        double value = 0.0, partial = 0.0;
        for (qsizetype g = 0; g < needs.size(); ++g) {
            if (needs[g].isEmpty()) {
                continue;
            }
            const auto covered = static_cast<double>(QSet<Id>(needs[g]).intersect(taught).size());
            value += covered == needs[g].size() ? r.goals[g].value : 0.0;
            partial += r.goals[g].value * covered / static_cast<double>(needs[g].size());
        }
        const bool better = value > best.value + 1e-9 ||
                            (value > best.value - 1e-9 &&
                             (partial > best.partial + 1e-9 || (partial > best.partial - 1e-9 && cost < best.cost)));
        if (subset == 0 || better) {
            best = {value, partial, cost};
        }
    }
    return best;
}

/// A random instance: topics in index order form a DAG (a topic may require lower ones), courses
/// teach one topic or two neighbouring ones, goals are random topics.
struct Instance
{
    TopicGraph graph;
    PathRequest request;
};

Instance randomInstance(std::uint64_t seed)
{
    SeededRandom r(seed);
    Instance inst;
    const int topics = 3 + static_cast<int>(r.below(6));
    QList<TopicEdge> edges;
    for (int t = 1; t < topics; ++t) {
        for (int p = 0; p < t; ++p) {
            if (r.below(100) < 35) {
                edges.append({topic(t), topic(p)});
            }
        }
    }
    inst.graph = TopicGraph(edges);
    const int courses = 2 + static_cast<int>(r.below(8));
    for (int c = 0; c < courses; ++c) {
        const int first = static_cast<int>(r.below(static_cast<std::uint64_t>(topics)));
        PlanCourse pc{QStringLiteral("c%1").arg(c),
                      QStringLiteral("Course %1").arg(c),
                      60 * (1 + static_cast<int>(r.below(8))),
                      {topic(first)}};
        if (first + 1 < topics && r.below(2) == 0) {
            pc.topics.append(topic(first + 1));
        }
        inst.request.courses.append(pc);
    }
    const int goals = 1 + static_cast<int>(r.below(3));
    for (int g = 0; g < goals; ++g) {
        inst.request.goals.append({topic(static_cast<int>(r.below(static_cast<std::uint64_t>(topics)))),
                                   1.0 + static_cast<double>(r.below(3))});
    }
    for (int t = 0; t < topics; ++t) {
        if (r.below(100) < 15) {
            inst.request.knownTopics.insert(topic(t));
        }
    }
    inst.request.weeklyMinutes = 60 + 30 * static_cast<int>(r.below(6));
    inst.request.weeks = 1 + static_cast<int>(r.below(10));
    inst.request.start = QDate(2026, 3, 2);
    return inst;
}

/// Every needed prerequisite of every planned course's topics is known, taught by the same course,
/// or taught by an earlier one.
void expectPrerequisitesRespected(const TopicGraph& graph, const PathRequest& r, const PathPlan& plan)
{
    QSet<Id> taught = r.knownTopics;
    for (const PlannedCourse& c : plan.courses) {
        const QSet<Id> own(c.topics.cbegin(), c.topics.cend());
        for (const Id& t : c.topics) {
            for (const Id& p : graph.directPrerequisites(t)) {
                EXPECT_TRUE(taught.contains(p) || own.contains(p))
                    << c.courseId.toStdString() << " teaches " << t.toStdString() << " before " << p.toStdString();
            }
        }
        EXPECT_TRUE(c.prerequisitesMet);
        taught.unite(own);
    }
}

class PathPlannerTest : public ::testing::Test
{
protected:
    /// fundamentals ← basics ← advanced; a cheaper two-topic course teaches basics and advanced.
    PathPlannerTest()
        : m_graph(QList<TopicEdge>{{topic(1), topic(0)}, {topic(2), topic(1)}})
    {
        m_request.courses = {{QStringLiteral("c0"), QStringLiteral("Fundamentals"), 600, {topic(0)}},
                             {QStringLiteral("c1"), QStringLiteral("Basics"), 600, {topic(1)}},
                             {QStringLiteral("c2"), QStringLiteral("Advanced"), 600, {topic(2)}},
                             {QStringLiteral("c12"), QStringLiteral("Basics and advanced"), 900, {topic(1), topic(2)}},
                             {QStringLiteral("x"), QStringLiteral("Unrelated"), 60, {topic(9)}}};
        m_request.goals = {{topic(2), 1.0}};
        m_request.weeklyMinutes = 300;
        m_request.weeks = 10;
        m_request.start = QDate(2026, 1, 5);
    }

    TopicGraph m_graph;
    PathRequest m_request;
};

} // namespace

TEST_F(PathPlannerTest, ChoosesTheCheapestCoverInPrerequisiteOrderAndProjectsDates)
{
    auto plan = PathPlanner::plan(m_graph, m_request);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    EXPECT_TRUE(plan->exact);
    ASSERT_EQ(plan->courses.size(), 2);
    EXPECT_EQ(plan->courses[0].courseId, QStringLiteral("c0"));
    EXPECT_EQ(plan->courses[1].courseId, QStringLiteral("c12"));
    EXPECT_EQ(plan->courses[0].minutes, 750); // 600 content minutes at E = 0.8
    EXPECT_EQ(plan->courses[1].minutes, 1125);
    EXPECT_EQ(plan->usedMinutes, 1875);
    EXPECT_EQ(plan->budgetMinutes, 3000);
    // 750 minutes at 300 a week: ⌈750·7/300⌉ = 18 days; then ⌈1125·7/300⌉ = 27 days.
    EXPECT_EQ(plan->courses[0].start, QDate(2026, 1, 5));
    EXPECT_EQ(plan->courses[0].finish, QDate(2026, 1, 23));
    EXPECT_EQ(plan->courses[1].start, QDate(2026, 1, 23));
    EXPECT_EQ(plan->courses[1].finish, QDate(2026, 2, 19));
    EXPECT_EQ(plan->finish, QDate(2026, 2, 19));
    ASSERT_EQ(plan->goals.size(), 1);
    EXPECT_TRUE(plan->goals[0].achieved);
    EXPECT_EQ(plan->goals[0].neededTopics, 3);
    EXPECT_DOUBLE_EQ(plan->value, 1.0);
    EXPECT_DOUBLE_EQ(plan->upperBound, 1.0);
    expectPrerequisitesRespected(m_graph, m_request, *plan);
}

TEST_F(PathPlannerTest, ATightBudgetStartsAtThePrerequisites)
{
    m_request.weeks = 4; // 1,200 minutes: the whole chain needs 1,875
    auto plan = PathPlanner::plan(m_graph, m_request);
    ASSERT_TRUE(plan);
    EXPECT_DOUBLE_EQ(plan->value, 0.0);
    EXPECT_FALSE(plan->goals[0].achieved);
    // Fundamentals only: c0 + c1 (1,500 minutes) does not fit, and basics without fundamentals would
    // break the prerequisite order; a third of the way is the best partial value.
    EXPECT_EQ(plan->goals[0].coveredTopics, 1);
    EXPECT_NEAR(plan->partialValue, 1.0 / 3.0, 1e-12);
    ASSERT_EQ(plan->courses.size(), 1);
    EXPECT_EQ(plan->courses[0].courseId, QStringLiteral("c0"));
    EXPECT_LE(plan->usedMinutes, plan->budgetMinutes);
}

TEST_F(PathPlannerTest, KnownTopicsNeedNoCourse)
{
    m_request.knownTopics = {topic(0), topic(1)};
    auto plan = PathPlanner::plan(m_graph, m_request);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->courses.size(), 1);
    EXPECT_EQ(plan->courses[0].courseId, QStringLiteral("c2"));
    m_request.knownTopics.insert(topic(2));
    plan = PathPlanner::plan(m_graph, m_request);
    ASSERT_TRUE(plan);
    EXPECT_TRUE(plan->courses.isEmpty());
    EXPECT_TRUE(plan->goals[0].known);
    EXPECT_TRUE(plan->goals[0].achieved);
    EXPECT_EQ(plan->finish, m_request.start);
}

TEST_F(PathPlannerTest, ReportsTopicsNoCourseTeaches)
{
    m_request.courses.removeAt(0); // nobody teaches the fundamentals any more
    auto plan = PathPlanner::plan(m_graph, m_request);
    ASSERT_TRUE(plan);
    EXPECT_TRUE(plan->courses.isEmpty()); // basics and advanced would come before their prerequisite
    EXPECT_FALSE(plan->goals[0].achieved);
    EXPECT_EQ(plan->goals[0].untaughtTopics.size(), 3);
    EXPECT_TRUE(plan->goals[0].untaughtTopics.contains(topic(0)));
}

TEST_F(PathPlannerTest, MatchesBruteForceOnRandomInstances)
{
    int nonTrivial = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        const Instance inst = randomInstance(seed);
        auto plan = PathPlanner::plan(inst.graph, inst.request);
        ASSERT_TRUE(plan) << "seed " << seed << ": " << plan.error().message.toStdString();
        ASSERT_TRUE(plan->exact);
        const BruteForce best = bruteForce(inst.graph, inst.request);
        EXPECT_NEAR(plan->value, best.value, 1e-9) << "seed " << seed;
        EXPECT_NEAR(plan->partialValue, best.partial, 1e-9) << "seed " << seed;
        EXPECT_EQ(plan->usedMinutes, best.cost) << "seed " << seed;
        EXPECT_LE(plan->usedMinutes, plan->budgetMinutes) << "seed " << seed;
        qint64 sum = 0;
        for (const PlannedCourse& c : plan->courses) {
            sum += c.minutes;
        }
        EXPECT_EQ(sum, plan->usedMinutes) << "seed " << seed;
        expectPrerequisitesRespected(inst.graph, inst.request, *plan);
        nonTrivial += plan->courses.size() >= 2 ? 1 : 0;
    }
    EXPECT_GT(nonTrivial, 80);
}

TEST_F(PathPlannerTest, GreedyBeyondTheExactLimitStaysWithinBudgetAndBound)
{
    PathPlannerSettings greedy;
    greedy.maxExactTopics = 2;
    int reached = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const Instance inst = randomInstance(seed);
        auto plan = PathPlanner::plan(inst.graph, inst.request, greedy);
        ASSERT_TRUE(plan);
        const BruteForce best = bruteForce(inst.graph, inst.request);
        if (!plan->exact) {
            EXPECT_LE(plan->value, best.value + 1e-9) << "seed " << seed;
            EXPECT_GE(plan->upperBound + 1e-9, best.value) << "seed " << seed;
            EXPECT_GE(plan->upperBound + 1e-9, plan->value) << "seed " << seed;
            reached += plan->value > 0.0 ? 1 : 0;
        }
        EXPECT_LE(plan->usedMinutes, plan->budgetMinutes) << "seed " << seed;
        expectPrerequisitesRespected(inst.graph, inst.request, *plan);
    }
    EXPECT_GT(reached, 20);
    // The chain example is easy for the greedy search too.
    auto plan = PathPlanner::plan(m_graph, m_request, greedy);
    ASSERT_TRUE(plan);
    EXPECT_FALSE(plan->exact);
    EXPECT_DOUBLE_EQ(plan->value, 1.0);
    expectPrerequisitesRespected(m_graph, m_request, *plan);
}

TEST_F(PathPlannerTest, InterlockingCoursesAreFlagged)
{
    // c-ad teaches a and d, c-bc teaches b and c; b requires a, d requires c: no order works.
    const TopicGraph graph(QList<TopicEdge>{{topic(2), topic(1)}, {topic(4), topic(3)}});
    PathRequest r;
    r.courses = {{QStringLiteral("c-ad"), QStringLiteral("A and D"), 60, {topic(1), topic(4)}},
                 {QStringLiteral("c-bc"), QStringLiteral("B and C"), 60, {topic(2), topic(3)}}};
    r.goals = {{topic(2), 1.0}, {topic(4), 1.0}};
    r.weeklyMinutes = 600;
    r.weeks = 1;
    r.start = QDate(2026, 1, 5);
    auto plan = PathPlanner::plan(graph, r);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->courses.size(), 2);
    EXPECT_DOUBLE_EQ(plan->value, 2.0);
    EXPECT_NE(plan->courses[0].prerequisitesMet, plan->courses[1].prerequisitesMet);
}

TEST_F(PathPlannerTest, RefusesBadRequests)
{
    const auto field = [this](PathRequest r, PathPlannerSettings s = {}) {
        auto plan = PathPlanner::plan(m_graph, r, s);
        return plan ? QString() : plan.error().field;
    };
    PathRequest r = m_request;
    r.goals.clear();
    EXPECT_EQ(field(r), QStringLiteral("goals"));
    r = m_request;
    r.goals[0].value = 0.0;
    EXPECT_EQ(field(r), QStringLiteral("goals"));
    r = m_request;
    r.weeklyMinutes = 0;
    EXPECT_EQ(field(r), QStringLiteral("weekly_minutes"));
    r = m_request;
    r.weeks = 521;
    EXPECT_EQ(field(r), QStringLiteral("weeks"));
    r = m_request;
    r.efficiencyPermille = 10;
    EXPECT_EQ(field(r), QStringLiteral("efficiency"));
    r = m_request;
    r.start = QDate();
    EXPECT_EQ(field(r), QStringLiteral("start"));
    PathPlannerSettings s;
    s.maxExactTopics = 30;
    EXPECT_EQ(field(m_request, s), QStringLiteral("max_exact_topics"));
}
