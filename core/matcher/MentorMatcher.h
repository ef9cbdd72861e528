// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/BayesianRating.h"
#include "matcher/LearnerProfile.h"
#include "matcher/MatchReason.h"
#include "matcher/MentorAbilityModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace mentordesk {

class TopicGraph;

/// What the matcher needs to know about one mentor (plain values; the service loads them).
struct MentorProfile
{
    Id id;
    QString name;
    int yearsTeaching = 0;
    QHash<Id, int> expertise;    ///< topic → level 1–5
    int coachingCount = 0;       ///< the mentor's ratings by learners
    double coachingSum = 0.0;    ///< sum of their stars
    qint64 availableMinutes = 0; ///< weekly availability × the horizon weeks
    qint64 bookedMinutes = 0;    ///< scheduled lessons in the horizon
    int activeLearners = 0;      ///< learners with an active enrollment (shown, not scored)
};

/// Weights of the mentor score (divided by their sum).
struct MentorMatchWeights
{
    double expertise = 0.35; ///< coverage E of the goal topics at the needed level
    double ability = 0.3;    ///< M(m), weighted by E (the founding α·D·M)
    double freeTime = 0.25;  ///< F: free hours a week vs the learner's weekly hours
    double load = 0.1;       ///< L: 1 − share of the available hours already booked
};

/// Settings of MentorMatcher.
struct MentorMatchSettings
{
    MentorMatchWeights weights;
    MentorAbilityWeights ability;
    BayesianSettings bayes;
    int horizonWeeks = 4;           ///< the "coming weeks" of free time and load
    double prerequisiteDecay = 0.5; ///< partial coverage through a missing prerequisite at distance d: decay^d
    int maxReasons = 3;
    int maxCaveats = 2;
    double reasonThreshold = 0.005;
};

/// The factor values of one mentor for one learner.
struct MentorFactors
{
    double expertise = 0.0;      ///< E in [0, 1]
    double ability = 0.0;        ///< M in [0, 1)
    double freeTime = 0.0;       ///< F in [0, 1]
    double load = 0.0;           ///< L in [0, 1]
    double skill = 1.0;          ///< S(m) used for M: mean effective level over the goals (or the best level)
    double coachingRating = 0.0; ///< Bayesian coaching score R
    qint64 freeMinutesPerWeek = 0;
    int bookedPercent = 0;
};

/// One ranked mentor.
struct MentorSuggestion
{
    Id mentorId;
    QString name;
    double score = 0.0;
    MentorFactors factors;
    int activeLearners = 0;
    Explanation explanation;
};

/// Ranks mentors for a learner or an enquiry (docs/matcher.md, "Mentor matching"):
///     score = wE·E + wM·E·M + wF·F + wL·L     (without goals the gate E in the ability term is 1)
/// - E, expertise coverage: per goal g with needed level n = min(5, S + 1), the mentor's effective
///   level e in g is the best of their level in g and in any topic that builds on g (directly or
///   not); coverage = min(1, e / n), or decay^d·min(1, e_p / n) through a missing prerequisite p at
///   distance d when that is higher; E is the mean over the goals.
/// - M = MentorAbilityModel(S(m), years, R) with S(m) the mean effective level over the goals and R
///   the Bayesian coaching score (prior: the mean of all mentor ratings).
/// - F = min(1, free minutes a week / the learner's weekly minutes), free = (available − booked) /
///   horizon weeks. L = 1 − booked / available (0 without availability).
class MentorMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(MentorMatcher)

public:
    /// Normalised weights, or Invalid ("mentor_weights", "weights" for the ability weights,
    /// "horizon_weeks", "prerequisite_decay").
    [[nodiscard]] static Result<MentorMatchSettings> validated(const MentorMatchSettings& settings);

    /// The `k` best mentors, best first (ties: name, then id), each explained. `topicNames` names
    /// topics in the reasons. Invalid settings fall back to the defaults.
    [[nodiscard]] static QList<MentorSuggestion> rank(const QList<MentorProfile>& mentors, const TopicGraph& graph,
                                                      const LearnerProfile& learner,
                                                      const QHash<Id, QString>& topicNames, int k,
                                                      const MentorMatchSettings& settings = {});
};

} // namespace mentordesk
