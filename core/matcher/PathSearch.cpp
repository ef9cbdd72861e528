// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/PathSearch.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace mentordesk {

namespace {

constexpr double kEpsilon = 1e-9;

/// True when `a` is a better plan than `b`: more achieved value, then more partial value, then
/// fewer minutes. Equal plans are not better (the first found stays).
bool better(double valueA, double partialA, qint64 costA, double valueB, double partialB, qint64 costB)
{
    if (std::abs(valueA - valueB) > kEpsilon) {
        return valueA > valueB;
    }
    if (std::abs(partialA - partialB) > kEpsilon) {
        return partialA > partialB;
    }
    return costA < costB;
}

std::uint32_t maskOf(const std::vector<int>& topics)
{
    std::uint32_t m = 0;
    for (const int t : topics) {
        m |= std::uint32_t(1) << t;
    }
    return m;
}

} // namespace

void PathSearch::score(const PathProblem& problem, PathChoice& choice)
{
    choice.value = 0.0;
    choice.partial = 0.0;
    for (std::size_t g = 0; g < problem.goalTopics.size(); ++g) {
        const std::vector<int>& topics = problem.goalTopics[g];
        const int needed = problem.goalNeeded[g];
        if (needed == 0) {
            continue;
        }
        int covered = 0;
        for (const int t : topics) {
            covered += choice.covered[static_cast<std::size_t>(t)] != 0 ? 1 : 0;
        }
        if (covered == needed) {
            choice.value += problem.goalValue[g];
        }
        choice.partial += problem.goalValue[g] * covered / needed;
    }
}

PathChoice PathSearch::exact(const PathProblem& problem)
{
    const int topicCount = problem.topics;
    const std::size_t states = std::size_t(1) << topicCount;
    std::vector<std::uint32_t> prereq(static_cast<std::size_t>(topicCount));
    for (int t = 0; t < topicCount; ++t) {
        prereq[static_cast<std::size_t>(t)] = maskOf(problem.prerequisites[static_cast<std::size_t>(t)]);
    }
    std::vector<std::uint32_t> goalMask;
    for (const std::vector<int>& g : problem.goalTopics) {
        goalMask.push_back(maskOf(g));
    }
    constexpr qint32 kUnreached = std::numeric_limits<qint32>::max();
    std::vector<qint32> cost(states, kUnreached);
    std::vector<std::uint32_t> previous(states, 0);
    std::vector<qint32> lastCourse(states, -1);
    std::vector<std::uint32_t> reached{0};
    cost[0] = 0;
    // Min minutes to teach exactly each topic set, one candidate at a time. Each update extends a
    // set reached before this candidate, so every parent chain is a real set of distinct courses.
    for (std::size_t c = 0; c < problem.courseTopics.size(); ++c) {
        const std::uint32_t m = maskOf(problem.courseTopics[c]);
        const qint64 k = problem.courseCost[c];
        const std::size_t before = reached.size();
        for (std::size_t i = 0; i < before; ++i) {
            const std::uint32_t from = reached[i];
            const std::uint32_t to = from | m;
            const qint64 total = cost[from] + k;
            if (to == from || total > problem.budget) {
                continue;
            }
            if (cost[to] == kUnreached) {
                reached.push_back(to);
            }
            if (total < cost[to]) {
                cost[to] = static_cast<qint32>(total);
                previous[to] = from;
                lastCourse[to] = static_cast<qint32>(c);
            }
        }
    }

    std::uint32_t best = 0;
    double bestValue = 0.0;
    double bestPartial = 0.0;
    for (const std::uint32_t set : reached) {
        bool closed = true;
        for (std::uint32_t bits = set; bits != 0 && closed; bits &= bits - 1) {
            closed = (prereq[static_cast<std::size_t>(std::countr_zero(bits))] & ~set) == 0;
        }
        if (!closed) {
            continue;
        }
        double value = 0.0;
        double partial = 0.0;
        for (std::size_t g = 0; g < goalMask.size(); ++g) {
            const int needed = problem.goalNeeded[g];
            if (needed == 0) {
                continue;
            }
            const int covered = std::popcount(goalMask[g] & set);
            value += covered == needed ? problem.goalValue[g] : 0.0;
            partial += problem.goalValue[g] * covered / needed;
        }
        if (better(value, partial, cost[set], bestValue, bestPartial, cost[best]) ||
            (!better(bestValue, bestPartial, cost[best], value, partial, cost[set]) && set < best)) {
            best = set;
            bestValue = value;
            bestPartial = partial;
        }
    }

    PathChoice choice;
    for (std::uint32_t set = best; set != 0; set = previous[set]) {
        choice.courses.push_back(lastCourse[set]);
    }
    std::sort(choice.courses.begin(), choice.courses.end());
    choice.cost = cost[best];
    choice.covered.assign(static_cast<std::size_t>(topicCount), 0);
    for (int t = 0; t < topicCount; ++t) {
        choice.covered[static_cast<std::size_t>(t)] = (best >> t) & 1U;
    }
    score(problem, choice);
    choice.upperBound = choice.value;
    choice.exact = true;
    return choice;
}

PathChoice PathSearch::greedy(const PathProblem& problem)
{
    const auto topicCount = static_cast<std::size_t>(problem.topics);
    const std::size_t courses = problem.courseTopics.size();
    PathChoice choice;
    choice.covered.assign(topicCount, 0);
    choice.exact = false;
    std::vector<std::uint8_t> used(courses, 0);
    std::vector<std::uint8_t> pending(problem.goalTopics.size(), 0);
    for (std::size_t g = 0; g < pending.size(); ++g) {
        pending[g] =
            problem.goalNeeded[g] > 0 && static_cast<int>(problem.goalTopics[g].size()) == problem.goalNeeded[g];
    }

    // Cover goal g on top of the current plan; empty when impossible.
    const auto coverGoal = [&](std::size_t g, qint64& minutes) {
        std::vector<std::uint8_t> inScope = choice.covered;
        for (const int t : problem.goalTopics[g]) {
            inScope[static_cast<std::size_t>(t)] = 1;
        }
        // Topics a course may also teach without breaking prerequisite closure.
        std::vector<std::uint8_t> allowed = inScope;
        for (std::size_t t = 0; t < topicCount; ++t) {
            allowed[t] = allowed[t] || std::all_of(problem.prerequisites[t].cbegin(), problem.prerequisites[t].cend(),
                                                   [&inScope](int p) { return inScope[static_cast<std::size_t>(p)]; });
        }
        std::vector<std::uint8_t> have = choice.covered;
        std::vector<int> picked;
        minutes = 0;
        while (true) {
            int missing = 0;
            for (const int t : problem.goalTopics[g]) {
                missing += have[static_cast<std::size_t>(t)] ? 0 : 1;
            }
            if (missing == 0) {
                return picked;
            }
            int bestCourse = -1;
            double bestRate = 0.0;
            for (std::size_t c = 0; c < courses; ++c) {
                const std::vector<int>& topics = problem.courseTopics[c];
                if (used[c] || std::find(picked.cbegin(), picked.cend(), static_cast<int>(c)) != picked.cend() ||
                    !std::all_of(topics.cbegin(), topics.cend(),
                                 [&allowed](int t) { return allowed[static_cast<std::size_t>(t)]; })) {
                    continue;
                }
                int gain = 0;
                for (const int t : topics) {
                    gain += (!have[static_cast<std::size_t>(t)] &&
                             std::binary_search(problem.goalTopics[g].cbegin(), problem.goalTopics[g].cend(), t))
                                ? 1
                                : 0;
                }
                const double rate = gain / static_cast<double>(std::max<qint64>(1, problem.courseCost[c]));
                if (gain > 0 && (bestCourse < 0 || rate > bestRate + kEpsilon ||
                                 (std::abs(rate - bestRate) <= kEpsilon &&
                                  problem.courseCost[c] < problem.courseCost[static_cast<std::size_t>(bestCourse)]))) {
                    bestCourse = static_cast<int>(c);
                    bestRate = rate;
                }
            }
            if (bestCourse < 0) {
                return std::vector<int>{};
            }
            picked.push_back(bestCourse);
            minutes += problem.courseCost[static_cast<std::size_t>(bestCourse)];
            for (const int t : problem.courseTopics[static_cast<std::size_t>(bestCourse)]) {
                have[static_cast<std::size_t>(t)] = 1;
            }
        }
    };

    while (true) {
        int bestGoal = -1;
        std::vector<int> bestCourses;
        qint64 bestMinutes = 0;
        double bestRate = 0.0;
        for (std::size_t g = 0; g < pending.size(); ++g) {
            if (!pending[g]) {
                continue;
            }
            qint64 minutes = 0;
            const std::vector<int> picked = coverGoal(g, minutes);
            const bool done = std::all_of(problem.goalTopics[g].cbegin(), problem.goalTopics[g].cend(),
                                          [&choice](int t) { return choice.covered[static_cast<std::size_t>(t)]; });
            if ((!done && picked.empty()) || choice.cost + minutes > problem.budget) {
                continue;
            }
            const double rate = problem.goalValue[g] / static_cast<double>(std::max<qint64>(1, minutes));
            if (bestGoal < 0 || rate > bestRate + kEpsilon) {
                bestGoal = static_cast<int>(g);
                bestCourses = picked;
                bestMinutes = minutes;
                bestRate = rate;
            }
        }
        if (bestGoal < 0) {
            break;
        }
        pending[static_cast<std::size_t>(bestGoal)] = 0;
        for (const int c : bestCourses) {
            used[static_cast<std::size_t>(c)] = 1;
            choice.courses.push_back(c);
            for (const int t : problem.courseTopics[static_cast<std::size_t>(c)]) {
                choice.covered[static_cast<std::size_t>(t)] = 1;
            }
        }
        choice.cost += bestMinutes;
    }
    std::sort(choice.courses.begin(), choice.courses.end());
    score(problem, choice);

    // Upper bound: a goal needs each of its topics taught, so it costs at least the dearest of its
    // topics' cheapest courses.
    std::vector<qint64> cheapest(topicCount, std::numeric_limits<qint64>::max());
    for (std::size_t c = 0; c < courses; ++c) {
        for (const int t : problem.courseTopics[c]) {
            cheapest[static_cast<std::size_t>(t)] =
                std::min(cheapest[static_cast<std::size_t>(t)], problem.courseCost[c]);
        }
    }
    for (std::size_t g = 0; g < problem.goalTopics.size(); ++g) {
        if (problem.goalNeeded[g] == 0 || static_cast<int>(problem.goalTopics[g].size()) != problem.goalNeeded[g]) {
            continue;
        }
        qint64 lowerBound = 0;
        for (const int t : problem.goalTopics[g]) {
            lowerBound = std::max(lowerBound, cheapest[static_cast<std::size_t>(t)]);
        }
        choice.upperBound += lowerBound <= problem.budget ? problem.goalValue[g] : 0.0;
    }
    choice.upperBound = std::max(choice.upperBound, choice.value);
    return choice;
}

} // namespace mentordesk
