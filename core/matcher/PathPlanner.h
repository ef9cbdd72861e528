// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "progress/ProgressModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

namespace mentordesk {

class TopicGraph;

/// A course the planner may choose (one the learner has not taken).
struct PlanCourse
{
    Id id;
    QString title;
    int contentMinutes = 0; ///< C, > 0
    QList<Id> topics;
};

/// A goal topic and what reaching it is worth (1 each unless the caller weighs them).
struct PlanGoal
{
    Id topicId;
    double value = 1.0;
};

/// What to plan: goals, what the learner knows, the courses on offer and the time budget.
struct PathRequest
{
    QList<PlanGoal> goals;
    QSet<Id> knownTopics; ///< not needed again (the prerequisite expansion stops at them)
    QList<PlanCourse> courses;
    int weeklyMinutes = 0;                                              ///< 1–10080
    int weeks = 0;                                                      ///< 1–520; budget = weeklyMinutes × weeks
    QDate start;                                                        ///< the first course starts here
    int efficiencyPermille = ProgressModel::kDefaultEfficiencyPermille; ///< E, 50–2000
};

/// Limits of the exact search.
struct PathPlannerSettings
{
    int maxExactTopics = 20; ///< exact search over at most 2^this topic sets; beyond, greedy (1–24)
};

/// One course of the plan, in study order.
struct PlannedCourse
{
    Id courseId;
    QString title;
    QList<Id> topics;   ///< the needed topics it teaches, in prerequisite order
    qint64 minutes = 0; ///< learner minutes to finish it: ⌈1000·C / E⌉
    QDate start;
    QDate finish;
    bool prerequisitesMet = true; ///< every needed prerequisite of its topics is known or taught by it or earlier
};

/// How the plan serves one goal.
struct GoalOutcome
{
    Id topicId;
    double value = 1.0;
    bool known = false;    ///< already known: nothing to plan
    bool achieved = false; ///< the plan teaches the goal and all its missing prerequisites
    int neededTopics = 0;  ///< the goal and its missing prerequisites
    int coveredTopics = 0; ///< of those, taught by the plan
    /// Needed topics the plan cannot reach: no course within the budget teaches them or one of their
    /// missing prerequisites (the goal is then out of reach).
    QList<Id> untaughtTopics;
};

/// The chosen learning path.
struct PathPlan
{
    QList<PlannedCourse> courses;
    QList<GoalOutcome> goals;
    qint64 budgetMinutes = 0;
    qint64 usedMinutes = 0;
    double value = 0.0;        ///< sum of the values of achieved goals (known goals excluded)
    double partialValue = 0.0; ///< Σ value × covered / needed over goals not known (the tie-breaker)
    double upperBound = 0.0;   ///< no plan can achieve more value (= value when exact)
    bool exact = true;         ///< false when the greedy fallback planned it
    int candidates = 0;        ///< courses that teach a needed topic and fit the budget
    int neededTopics = 0;
    QDate finish; ///< finish of the last course (start when the plan is empty)
};

/// Learning-path planner (docs/matcher.md, "Learning paths"). Chooses the courses that reach the
/// most goal value within the budget: maximise (value of achieved goals, then partial value, then
/// −minutes), subject to Σ minutes ≤ budget and prerequisites respected — every needed topic a
/// chosen course teaches has its needed prerequisites taught by the plan too. Exact by dynamic
/// programming over sets of needed topics, O(candidates × reachable sets) ≤ O(n·2^T) time and
/// O(2^T) memory for T needed topics ≤ maxExactTopics; beyond that, greedy by value per minute with
/// an upper bound. Courses are ordered by prerequisites and projected one after the other at the
/// weekly pace (PaceEstimator). Deterministic.
class PathPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(PathPlanner)

public:
    /// Fails with Invalid: "goals" (none, or a value not above 0), "weekly_minutes", "weeks",
    /// "efficiency", "start", "max_exact_topics".
    [[nodiscard]] static Result<PathPlan> plan(const TopicGraph& graph, const PathRequest& request,
                                               const PathPlannerSettings& settings = {});
};

} // namespace mentordesk
