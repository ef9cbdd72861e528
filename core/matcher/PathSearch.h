// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to PathPlanner: the course-selection problem over dense topic indices and its two solvers.
#pragma once

#include <QtGlobal>
#include <cstdint>
#include <vector>

namespace mentordesk {

/// Topics are 0…topics − 1 in prerequisite order; every list is ascending.
struct PathProblem
{
    int topics = 0;
    std::vector<std::vector<int>> prerequisites; ///< per topic: its needed direct prerequisites
    std::vector<std::vector<int>> courseTopics;  ///< per candidate: the needed topics it teaches
    std::vector<qint64> courseCost;              ///< per candidate: learner minutes
    std::vector<std::vector<int>> goalTopics;    ///< per goal: the goal and its missing prerequisites
    std::vector<double> goalValue;
    std::vector<int> goalNeeded; ///< per goal: needed topics including untaught ones (for the partial value)
    qint64 budget = 0;
};

/// A chosen set of candidates.
struct PathChoice
{
    std::vector<int> courses;          ///< candidate indices, ascending
    std::vector<std::uint8_t> covered; ///< per topic
    qint64 cost = 0;
    double value = 0.0;
    double partial = 0.0;
    double upperBound = 0.0;
    bool exact = true;
};

/// Exact dynamic programming over topic sets, and the greedy fallback.
class PathSearch final
{
public:
    /// Exact; `problem.topics` must be ≤ 24.
    [[nodiscard]] static PathChoice exact(const PathProblem& problem);
    /// Greedy: repeatedly completes the goal with the most value per extra minute that still fits,
    /// covering its topics with the courses that add the most needed topics per minute while keeping
    /// the plan prerequisite-closed. upperBound = Σ values of goals whose cheapest conceivable cost
    /// (the dearest of their topics' cheapest courses) fits the budget.
    [[nodiscard]] static PathChoice greedy(const PathProblem& problem);
    /// Achieved value and partial value of a covered-topic set.
    static void score(const PathProblem& problem, PathChoice& choice);
};

} // namespace mentordesk
