// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/CourseCatalog.h"
#include "matcher/LearnerProfile.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace mentordesk {

class TopicGraph;

/// Settings of the content fit D (docs/matcher.md, "Content fit").
struct ContentFitSettings
{
    double goalWeight = 0.6;        ///< weight of the goal relevance G inside D
    double levelWeight = 0.25;      ///< weight of the level fit L inside D
    double timeWeight = 0.15;       ///< weight of the time fit T inside D
    double prerequisiteDecay = 0.5; ///< relevance of a missing prerequisite at distance d: decay^d, (0, 1]
    double levelStretch = 1.0;      ///< the best course level is the learner's level + this
    double levelSpreadBelow = 1.5;  ///< width of the level curve towards easier courses (> 0)
    double levelSpreadAbove = 1.0;  ///< width of the level curve towards harder courses (> 0)
    int horizonWeeks = 12;          ///< the time fit compares hours needed with weekly hours × this
};

/// Which goal a course serves best, and how.
struct GoalMatch
{
    double relevance = 0.0; ///< rel(c, goal) = decay^distance, 0 when unrelated
    int goal = -1;          ///< index into LearnerProfile::goals, −1 when unrelated
    Id goalId;              ///< that goal's topic
    Id topicId;             ///< the course topic that serves the goal (the goal itself or a prerequisite)
    int distance = 0;       ///< 0 = the goal itself, 1 = a direct prerequisite, …
};

/// The content fit of every course of a catalogue to one learner, D = wG·G + wL·L + wT·T (weights
/// divided by their sum):
/// - G, goal relevance: for goal g and course topic t, rel = 1 when t = g, decay^d when t is a
///   missing prerequisite of g at prerequisite distance d (the expansion stops at known topics),
///   else 0; per goal the best course topic counts, and G = (max over goals + mean over goals) / 2,
///   so serving one goal fully gives at least ½ and serving every goal gives 1. No goals: G = 0.
/// - L, level fit: with x = course level − learner level − stretch,
///   L = exp(−x² / (2σ²)), σ = spreadBelow for x < 0 and spreadAbove otherwise: a course one level
///   above the learner scores 1, the learner's own level 0.80, two above 0.61, one below 0.41.
/// - T, time fit: min(1, available / needed) with needed = the learner minutes to finish the
///   course (ProgressModel: ⌈1000·C / E⌉) and available = weekly minutes × horizon weeks.
/// Built per learner in time linear in the goals' prerequisite closures; then O(topics × goals) per course.
class ContentFit final
{
    Q_DECLARE_TR_FUNCTIONS(ContentFit)

public:
    /// Goals beyond this many are ignored (in the learner's order).
    static constexpr int kMaxGoals = 32;

    ContentFit(const CourseCatalog& catalog, const TopicGraph& graph, const LearnerProfile& learner,
               const ContentFitSettings& settings);

    /// Checks settings (weights ≥ 0 with a positive sum: "content_weights"; decay in (0, 1]:
    /// "prerequisite_decay"; spreads > 0: "level_spread"; horizon 1–520: "horizon_weeks") and
    /// scales the three weights to sum 1.
    [[nodiscard]] static Result<ContentFitSettings> validated(const ContentFitSettings& settings);

    [[nodiscard]] static double levelFit(double courseLevel, double learnerLevel, const ContentFitSettings& settings);
    [[nodiscard]] static double timeFit(qint64 neededMinutes, qint64 availableMinutes);

    [[nodiscard]] bool hasGoals() const { return m_goals > 0; }
    /// G of a course (catalogue index).
    // Why inline: the blend calls goal(), level() and time() for every course (100,000 in the
    // benchmark); the common cases (no topic near a goal, enough time) are answered here without a
    // call, the rest by the out-of-line parts.
    [[nodiscard]] float goal(int course) const
    {
        if (m_goals == 0) {
            return 0.0F;
        }
        for (const int t : m_catalog.topics(course)) {
            if (m_any[static_cast<std::size_t>(t)] != 0) {
                return relevantGoal(course);
            }
        }
        return 0.0F;
    }
    /// The goal the course serves best (ties: the earlier goal, then the nearer topic).
    [[nodiscard]] GoalMatch goalMatch(int course) const;
    [[nodiscard]] float level(int course) const { return m_levelTable[m_catalog.level(course)]; }
    [[nodiscard]] float time(int course) const
    {
        // ⌈1000·C / E⌉ ≤ available ⇔ 1000·C ≤ available·E (integers): T = 1 without a division.
        const qint64 content = std::max(1, m_catalog.contentMinutes(course));
        if (m_available > 0 && 1000 * content <= m_available * m_efficiency) {
            return 1.0F;
        }
        return partialTime(course);
    }
    /// D with the (normalised) weights of the settings.
    [[nodiscard]] float fit(int course) const;
    /// Learner minutes to finish the course at the learner's efficiency.
    [[nodiscard]] qint64 neededMinutes(int course) const;
    [[nodiscard]] qint64 availableMinutes() const { return m_available; }
    [[nodiscard]] const ContentFitSettings& settings() const { return m_settings; }

private:
    /// goal() for a course with a topic related to some goal.
    [[nodiscard]] float relevantGoal(int course) const;
    /// time() when the course may not fit the available time.
    [[nodiscard]] float partialTime(int course) const;

    const CourseCatalog& m_catalog;
    ContentFitSettings m_settings;
    int m_goals = 0;
    int m_efficiency = 800;
    QList<Id> m_goalIds;
    qint64 m_available = 0;
    float m_levelTable[6] = {};
    std::vector<float> m_relevance;  ///< topics × goals
    std::vector<qint8> m_distance;   ///< topics × goals, −1 = unrelated
    std::vector<std::uint8_t> m_any; ///< per topic: relevant to some goal
};

} // namespace mentordesk
