// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QList>
#include <QString>

namespace mentordesk {

/// One additive term of a match score.
enum class MatchFactor
{
    Goal,          ///< course: relevance to the learner's goals (part of D)
    Level,         ///< course: level fit (part of D)
    Time,          ///< course: time fit (part of D)
    Quality,       ///< course: C(c), weighted by D
    Collaborative, ///< course: the matrix-factorisation prediction F
    Popularity,    ///< course: P(c)
    Expertise,     ///< mentor: coverage of the goal topics at the needed level
    Ability,       ///< mentor: M(m), weighted by the coverage
    FreeTime,      ///< mentor: free hours in the coming weeks vs the learner's weekly hours
    Load,          ///< mentor: share of the available hours not yet booked
};

/// What a reason says. Each factor has a positive wording and a negative one (a caveat).
enum class ReasonKind
{
    CoversGoal,          ///< goalName
    TeachesPrerequisite, ///< topicName, goalName, distance
    UnrelatedToGoals,
    FitsLevel,               ///< level, learnerLevel
    AboveLevel,              ///< level, learnerLevel
    BelowLevel,              ///< level, learnerLevel
    FitsTime,                ///< minutes (needed), weeklyMinutes, weeks (at that pace)
    TooLong,                 ///< minutes, weeklyMinutes, weeks
    WellRated,               ///< rating (mean stars), count
    HighQuality,             ///< quality, practicality (no ratings yet)
    LowRated,                ///< rating, count
    LowQuality,              ///< quality, practicality
    SimilarLearnersLiked,    ///< predicted
    SimilarLearnersDisliked, ///< predicted
    Popular,                 ///< learners
    FewLearners,             ///< learners
    ExpertInGoal,   ///< goalName, topicName (where the expertise is recorded), level, distance (> 0: a prerequisite)
    LacksExpertise, ///< goalName (the least covered goal), level (0 = none)
    StrongCoach,    ///< rating, count, years
    WeakerCoach,    ///< rating, count, years
    HasFreeTime,    ///< minutes (free per week), weeks (horizon)
    LittleFreeTime, ///< minutes, weeks
    LightLoad,      ///< percent booked
    HeavyLoad,      ///< percent booked
};

/// A structured reason: the factor, the wording and its parameters. Rendered to text by ReasonText.
struct MatchReason
{
    MatchFactor factor = MatchFactor::Goal;
    ReasonKind kind = ReasonKind::CoversGoal;
    double contribution = 0.0; ///< the factor's signed contribution to the score (see Explanation)
    Id topicId;
    QString topicName;
    Id goalId;
    QString goalName;
    int distance = 0;
    double rating = 0.0;
    int count = 0;
    int quality = 0;
    int practicality = 0;
    int level = 0;
    int learnerLevel = 0;
    qint64 minutes = 0;
    int weeklyMinutes = 0;
    int weeks = 0;
    double predicted = 0.0;
    int learners = 0;
    int years = 0;
    int percent = 0;
};

/// One factor's value and its contribution.
struct FactorContribution
{
    MatchFactor factor = MatchFactor::Goal;
    double value = 0.0;        ///< the factor in [0, 1]
    double contribution = 0.0; ///< signed, relative to the average candidate
};

/// Why a candidate scored as it did. Contributions are relative to the average candidate: they sum
/// exactly to score − reference, where reference is what a candidate with the average factor
/// values would score. Reasons are the factors with the largest positive contributions (largest
/// first), caveats those with the most negative ones; both only above a small threshold — except
/// that a candidate with no reason above it still gets its largest positive contribution named.
struct Explanation
{
    QList<MatchReason> reasons;
    QList<MatchReason> caveats;
    QList<FactorContribution> contributions; ///< every factor of the blend, in factor order
    double reference = 0.0;

    /// Sorts `candidates` (one per factor, contribution set) into reasons (contribution > threshold,
    /// at most maxReasons; when none, the largest positive one) and caveats (contribution <
    /// −threshold, at most maxCaveats). Ties keep the factor order.
    [[nodiscard]] static Explanation pick(QList<MatchReason> candidates, int maxReasons, int maxCaveats,
                                          double threshold);
};

} // namespace mentordesk
