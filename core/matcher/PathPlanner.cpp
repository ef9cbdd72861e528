// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/PathPlanner.h"

#include "courses/TopicGraph.h"
#include "matcher/PathSearch.h"
#include "progress/PaceEstimator.h"

#include <QHash>
#include <QQueue>
#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

Result<void> validate(const PathRequest& r, const PathPlannerSettings& s)
{
    if (r.goals.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("goals"), PathPlanner::tr("Give at least one goal topic.")));
    }
    for (const PlanGoal& g : r.goals) {
        if (g.topicId.isEmpty() || !std::isfinite(g.value) || !(g.value > 0.0)) {
            return fail(Error::invalid(QStringLiteral("goals"),
                                       PathPlanner::tr("Every goal needs a topic and a value above 0.")));
        }
    }
    if (r.weeklyMinutes < 1 || r.weeklyMinutes > 10080) {
        return fail(Error::invalid(QStringLiteral("weekly_minutes"),
                                   PathPlanner::tr("Weekly time must be between 1 minute and 168 hours.")));
    }
    if (r.weeks < 1 || r.weeks > 520) {
        return fail(Error::invalid(QStringLiteral("weeks"), PathPlanner::tr("Weeks must be between 1 and 520.")));
    }
    if (r.efficiencyPermille < 50 || r.efficiencyPermille > 2000) {
        return fail(Error::invalid(QStringLiteral("efficiency"),
                                   PathPlanner::tr("Efficiency must be between 50 and 2000 per mille.")));
    }
    if (!r.start.isValid()) {
        return fail(Error::invalid(QStringLiteral("start"), PathPlanner::tr("The plan needs a valid start date.")));
    }
    if (s.maxExactTopics < 1 || s.maxExactTopics > 22) {
        return fail(Error::invalid(QStringLiteral("max_exact_topics"),
                                   PathPlanner::tr("The exact search limit must be between 1 and 22 topics.")));
    }
    return {};
}

/// The goal and its missing prerequisites (breadth-first; known topics stop the expansion).
QList<Id> neededFor(const TopicGraph& graph, const Id& goal, const QSet<Id>& known)
{
    if (known.contains(goal)) {
        return {};
    }
    QList<Id> out{goal};
    QSet<Id> seen{goal};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const Id& p : graph.directPrerequisites(out.at(i))) {
            if (!seen.contains(p) && !known.contains(p)) {
                seen.insert(p);
                out.append(p);
            }
        }
    }
    return out;
}

/// Candidate courses of the plan in study order: a course follows every chosen course that teaches
/// a needed prerequisite of its topics; otherwise the course whose topics come earlier first.
QList<int> studyOrder(const std::vector<std::vector<int>>& topics, const std::vector<std::vector<int>>& prerequisites,
                      const QList<Id>& ids)
{
    const auto n = static_cast<int>(topics.size());
    const auto teaches = [&topics](int c, int t) {
        return std::binary_search(topics[static_cast<std::size_t>(c)].cbegin(),
                                  topics[static_cast<std::size_t>(c)].cend(), t);
    };
    std::vector<int> indegree(static_cast<std::size_t>(n), 0);
    std::vector<std::vector<int>> next(static_cast<std::size_t>(n));
    for (int b = 0; b < n; ++b) {
        for (int a = 0; a < n; ++a) {
            bool edge = false;
            for (const int t : topics[static_cast<std::size_t>(b)]) {
                for (const int p : prerequisites[static_cast<std::size_t>(t)]) {
                    edge = edge || (a != b && !teaches(b, p) && teaches(a, p));
                }
            }
            if (edge) {
                next[static_cast<std::size_t>(a)].push_back(b);
                ++indegree[static_cast<std::size_t>(b)];
            }
        }
    }
    const auto before = [&](int a, int b) {
        const std::vector<int>& ta = topics[static_cast<std::size_t>(a)];
        const std::vector<int>& tb = topics[static_cast<std::size_t>(b)];
        if (ta.back() != tb.back()) {
            return ta.back() < tb.back();
        }
        if (ta.front() != tb.front()) {
            return ta.front() < tb.front();
        }
        return ids.at(a) < ids.at(b);
    };
    QList<int> order;
    std::vector<std::uint8_t> placed(static_cast<std::size_t>(n), 0);
    while (order.size() < n) {
        int pick = -1;
        for (int c = 0; c < n; ++c) {
            if (!placed[static_cast<std::size_t>(c)] && indegree[static_cast<std::size_t>(c)] == 0 &&
                (pick < 0 || before(c, pick))) {
                pick = c;
            }
        }
        if (pick < 0) {
            // Why: interlocking courses (each teaches a prerequisite of the other) have no valid
            // order; keep them in topic order and let prerequisitesMet say so.
            for (int c = 0; c < n; ++c) {
                if (!placed[static_cast<std::size_t>(c)] && (pick < 0 || before(c, pick))) {
                    pick = c;
                }
            }
        }
        placed[static_cast<std::size_t>(pick)] = 1;
        order.append(pick);
        for (const int b : next[static_cast<std::size_t>(pick)]) {
            --indegree[static_cast<std::size_t>(b)];
        }
    }
    return order;
}

} // namespace

Result<PathPlan> PathPlanner::plan(const TopicGraph& graph, const PathRequest& request,
                                   const PathPlannerSettings& settings)
{
    if (auto ok = validate(request, settings); !ok) {
        return fail(ok.error());
    }
    PathPlan plan;
    plan.budgetMinutes = static_cast<qint64>(request.weeklyMinutes) * request.weeks;

    // Needed topics in prerequisite order.
    QList<QList<Id>> goalNeeds;
    QList<Id> needed;
    for (const PlanGoal& g : request.goals) {
        goalNeeds.append(neededFor(graph, g.topicId, request.knownTopics));
        for (const Id& t : goalNeeds.constLast()) {
            if (!needed.contains(t)) {
                needed.append(t);
            }
        }
    }
    needed = graph.topologicalOrder(needed);
    QHash<Id, int> position;
    for (qsizetype i = 0; i < needed.size(); ++i) {
        position.insert(needed.at(i), static_cast<int>(i));
    }
    std::vector<std::vector<int>> prereqs(static_cast<std::size_t>(needed.size()));
    for (qsizetype i = 0; i < needed.size(); ++i) {
        for (const Id& p : graph.directPrerequisites(needed.at(i))) {
            if (const int pos = position.value(p, -1); pos >= 0) {
                prereqs[static_cast<std::size_t>(i)].push_back(pos);
            }
        }
        std::sort(prereqs[static_cast<std::size_t>(i)].begin(), prereqs[static_cast<std::size_t>(i)].end());
    }

    // Candidates: affordable courses that teach a needed topic. A course teaching a topic whose
    // prerequisites no candidate can teach could never sit in a valid plan, so it is dropped; that
    // can strand further topics, hence the loop.
    struct Candidate
    {
        int request = 0;
        std::vector<int> topics;
        qint64 minutes = 0;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < request.courses.size(); ++i) {
        const PlanCourse& c = request.courses.at(i);
        Candidate cand{static_cast<int>(i),
                       {},
                       ProgressModel::remainingMinutes(0, request.efficiencyPermille, std::max(1, c.contentMinutes))};
        for (const Id& t : c.topics) {
            if (const int pos = position.value(t, -1); pos >= 0) {
                cand.topics.push_back(pos);
            }
        }
        std::sort(cand.topics.begin(), cand.topics.end());
        cand.topics.erase(std::unique(cand.topics.begin(), cand.topics.end()), cand.topics.end());
        if (!cand.topics.empty() && cand.minutes <= plan.budgetMinutes) {
            candidates.append(std::move(cand));
        }
    }
    std::vector<std::uint8_t> coverable(static_cast<std::size_t>(needed.size()), 0);
    for (bool changed = true; changed;) {
        std::fill(coverable.begin(), coverable.end(), 0);
        for (const Candidate& c : std::as_const(candidates)) {
            for (const int t : c.topics) {
                coverable[static_cast<std::size_t>(t)] = 1;
            }
        }
        for (std::size_t t = 0; t < coverable.size(); ++t) { // prerequisites come first
            for (const int p : prereqs[t]) {
                coverable[t] = coverable[t] && coverable[static_cast<std::size_t>(p)];
            }
        }
        const qsizetype before = candidates.size();
        candidates.removeIf([&coverable](const Candidate& c) {
            return std::any_of(c.topics.cbegin(), c.topics.cend(),
                               [&coverable](int t) { return !coverable[static_cast<std::size_t>(t)]; });
        });
        changed = candidates.size() != before;
    }
    // Identical topic sets: only the cheapest (then the first) can be part of a best plan.
    QList<Candidate> unique;
    for (const Candidate& c : std::as_const(candidates)) {
        auto same =
            std::find_if(unique.begin(), unique.end(), [&c](const Candidate& u) { return u.topics == c.topics; });
        if (same == unique.end()) {
            unique.append(c);
        } else if (c.minutes < same->minutes) {
            *same = c;
        }
    }
    plan.candidates = static_cast<int>(candidates.size());
    plan.neededTopics = static_cast<int>(needed.size());

    // The problem over coverable topics only (dense bits, still in prerequisite order).
    std::vector<int> bit(static_cast<std::size_t>(needed.size()), -1);
    PathProblem problem;
    for (std::size_t t = 0; t < bit.size(); ++t) {
        if (coverable[t]) {
            bit[t] = problem.topics++;
            std::vector<int> ps;
            for (const int p : prereqs[t]) {
                ps.push_back(bit[static_cast<std::size_t>(p)]);
            }
            problem.prerequisites.push_back(ps);
        }
    }
    const auto toBits = [&bit](const std::vector<int>& positions) {
        std::vector<int> out;
        for (const int p : positions) {
            if (bit[static_cast<std::size_t>(p)] >= 0) {
                out.push_back(bit[static_cast<std::size_t>(p)]);
            }
        }
        return out;
    };
    for (const Candidate& c : std::as_const(unique)) {
        problem.courseTopics.push_back(toBits(c.topics));
        problem.courseCost.push_back(c.minutes);
    }
    for (qsizetype g = 0; g < request.goals.size(); ++g) {
        std::vector<int> positions;
        for (const Id& t : goalNeeds.at(g)) {
            positions.push_back(position.value(t));
        }
        std::sort(positions.begin(), positions.end());
        problem.goalTopics.push_back(toBits(positions));
        problem.goalValue.push_back(request.goals.at(g).value);
        problem.goalNeeded.push_back(static_cast<int>(positions.size()));
    }
    problem.budget = plan.budgetMinutes;

    const PathChoice choice =
        problem.topics <= settings.maxExactTopics ? PathSearch::exact(problem) : PathSearch::greedy(problem);
    plan.exact = choice.exact;
    plan.value = choice.value;
    plan.partialValue = choice.partial;
    plan.upperBound = choice.upperBound;
    plan.usedMinutes = choice.cost;

    // Order and project.
    std::vector<std::vector<int>> chosenTopics;
    QList<Id> chosenIds;
    for (const int c : choice.courses) {
        chosenTopics.push_back(unique.at(c).topics);
        chosenIds.append(request.courses.at(unique.at(c).request).id);
    }
    const QList<int> order = studyOrder(chosenTopics, prereqs, chosenIds);
    const WeeklyPace pace{request.weeklyMinutes, 7};
    QDate day = request.start;
    QSet<int> taught;
    for (const int i : order) {
        const Candidate& cand = unique.at(choice.courses[static_cast<std::size_t>(i)]);
        const PlanCourse& course = request.courses.at(cand.request);
        PlannedCourse pc{course.id, course.title, {}, cand.minutes, day, {}, true};
        for (const int t : cand.topics) {
            pc.topics.append(needed.at(t));
            for (const int p : prereqs[static_cast<std::size_t>(t)]) {
                pc.prerequisitesMet =
                    pc.prerequisitesMet &&
                    (taught.contains(p) || std::binary_search(cand.topics.cbegin(), cand.topics.cend(), p));
            }
        }
        for (const int t : cand.topics) {
            taught.insert(t);
        }
        pc.finish = PaceEstimator::projectedFinish(cand.minutes, pace, day).value_or(day);
        day = pc.finish;
        plan.courses.append(pc);
    }
    plan.finish = day;

    for (qsizetype g = 0; g < request.goals.size(); ++g) {
        GoalOutcome o;
        o.topicId = request.goals.at(g).topicId;
        o.value = request.goals.at(g).value;
        o.known = goalNeeds.at(g).isEmpty();
        o.neededTopics = static_cast<int>(goalNeeds.at(g).size());
        for (const Id& t : goalNeeds.at(g)) {
            const int pos = position.value(t);
            o.coveredTopics += taught.contains(pos) ? 1 : 0;
            if (!coverable[static_cast<std::size_t>(pos)]) {
                o.untaughtTopics.append(t);
            }
        }
        o.achieved = o.known || o.coveredTopics == o.neededTopics;
        plan.goals.append(o);
    }
    return plan;
}

} // namespace mentordesk
