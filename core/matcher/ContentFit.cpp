// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/ContentFit.h"

#include "courses/TopicGraph.h"
#include "matcher/CourseCatalog.h"

#include <QQueue>
#include <algorithm>
#include <array>
#include <cmath>

namespace mentordesk {

Result<ContentFitSettings> ContentFit::validated(const ContentFitSettings& s)
{
    const double sum = s.goalWeight + s.levelWeight + s.timeWeight;
    if (s.goalWeight < 0.0 || s.levelWeight < 0.0 || s.timeWeight < 0.0 || !(sum > 0.0)) {
        return fail(Error::invalid(QStringLiteral("content_weights"),
                                   tr("Content fit weights must not be negative and must not all be zero.")));
    }
    if (!(s.prerequisiteDecay > 0.0 && s.prerequisiteDecay <= 1.0)) {
        return fail(Error::invalid(QStringLiteral("prerequisite_decay"),
                                   tr("The prerequisite decay must be above 0 and at most 1.")));
    }
    if (!(s.levelSpreadBelow > 0.0 && s.levelSpreadAbove > 0.0) || !std::isfinite(s.levelStretch)) {
        return fail(Error::invalid(QStringLiteral("level_spread"),
                                   tr("The level curve needs a finite stretch and widths above 0.")));
    }
    if (s.horizonWeeks < 1 || s.horizonWeeks > 520) {
        return fail(
            Error::invalid(QStringLiteral("horizon_weeks"), tr("The time horizon must be between 1 and 520 weeks.")));
    }
    ContentFitSettings out = s;
    out.goalWeight /= sum;
    out.levelWeight /= sum;
    out.timeWeight /= sum;
    return out;
}

double ContentFit::levelFit(double courseLevel, double learnerLevel, const ContentFitSettings& settings)
{
    const double x = courseLevel - learnerLevel - settings.levelStretch;
    const double sigma = x < 0.0 ? settings.levelSpreadBelow : settings.levelSpreadAbove;
    return std::exp(-(x * x) / (2.0 * sigma * sigma));
}

double ContentFit::timeFit(qint64 neededMinutes, qint64 availableMinutes)
{
    if (availableMinutes <= 0) {
        return 0.0;
    }
    if (neededMinutes <= availableMinutes) {
        return 1.0;
    }
    return static_cast<double>(availableMinutes) / static_cast<double>(neededMinutes);
}

ContentFit::ContentFit(const CourseCatalog& catalog, const TopicGraph& graph, const LearnerProfile& learner,
                       const ContentFitSettings& settings)
    : m_catalog(catalog)
    , m_settings(validated(settings).value_or(*validated(ContentFitSettings{})))
    , m_efficiency(std::clamp(learner.efficiencyPermille, 50, 2000))
{
    m_available = static_cast<qint64>(std::max(0, learner.weeklyMinutes)) * m_settings.horizonWeeks;
    for (int lvl = 1; lvl <= 5; ++lvl) {
        m_levelTable[lvl] = static_cast<float>(levelFit(lvl, std::clamp(learner.level, 1, 5), m_settings));
    }
    for (const Id& g : learner.goals) {
        if (!m_goalIds.contains(g) && m_goalIds.size() < kMaxGoals) {
            m_goalIds.append(g);
        }
    }
    m_goals = static_cast<int>(m_goalIds.size());
    const auto topics = static_cast<std::size_t>(catalog.topicCount());
    const auto goals = static_cast<std::size_t>(m_goals);
    m_relevance.assign(topics * goals, 0.0F);
    m_distance.assign(topics * goals, qint8(-1));
    m_any.assign(topics, 0);
    for (std::size_t j = 0; j < goals; ++j) {
        // Breadth-first over "requires" edges: the first visit of a topic is its shortest distance.
        // Known topics are neither missing nor expanded (knowing them implies their prerequisites);
        // a known goal (e.g. in progress) still counts itself but has no missing prerequisites.
        const bool goalKnown = learner.knownTopics.contains(m_goalIds.at(static_cast<qsizetype>(j)));
        QSet<Id> seen{m_goalIds.at(static_cast<qsizetype>(j))};
        QQueue<QPair<Id, int>> queue;
        queue.enqueue({m_goalIds.at(static_cast<qsizetype>(j)), 0});
        while (!queue.isEmpty()) {
            const auto [topic, distance] = queue.dequeue();
            if (const int t = catalog.topicIndex(topic); t >= 0) {
                const std::size_t cell = static_cast<std::size_t>(t) * goals + j;
                m_distance[cell] = static_cast<qint8>(std::min(distance, 127));
                m_relevance[cell] = static_cast<float>(std::pow(m_settings.prerequisiteDecay, distance));
                m_any[static_cast<std::size_t>(t)] = 1;
            }
            for (const Id& prereq : goalKnown ? QList<Id>() : graph.directPrerequisites(topic)) {
                if (!seen.contains(prereq) && !learner.knownTopics.contains(prereq)) {
                    seen.insert(prereq);
                    queue.enqueue({prereq, distance + 1});
                }
            }
        }
    }
}

float ContentFit::relevantGoal(int course) const
{
    const std::span<const int> topics = m_catalog.topics(course);
    const auto goals = static_cast<std::size_t>(m_goals);
    std::array<float, kMaxGoals> best{};
    for (const int t : topics) {
        const float* row = m_relevance.data() + static_cast<std::size_t>(t) * goals;
        for (std::size_t j = 0; j < goals; ++j) {
            best[j] = std::max(best[j], row[j]);
        }
    }
    float top = 0.0F;
    float sum = 0.0F;
    for (std::size_t j = 0; j < goals; ++j) {
        top = std::max(top, best[j]);
        sum += best[j];
    }
    return 0.5F * (top + sum / static_cast<float>(m_goals));
}

GoalMatch ContentFit::goalMatch(int course) const
{
    GoalMatch match;
    const auto goals = static_cast<std::size_t>(m_goals);
    for (std::size_t j = 0; j < goals; ++j) {
        for (const int t : m_catalog.topics(course)) {
            const std::size_t cell = static_cast<std::size_t>(t) * goals + j;
            const int distance = m_distance[cell];
            if (distance < 0) {
                continue;
            }
            const double rel = m_relevance[cell];
            if (rel > match.relevance ||
                (rel == match.relevance && match.goal == static_cast<int>(j) && distance < match.distance)) {
                match = {rel, static_cast<int>(j), m_goalIds.at(static_cast<qsizetype>(j)), m_catalog.topicId(t),
                         distance};
            }
        }
    }
    return match;
}

qint64 ContentFit::neededMinutes(int course) const
{
    return ProgressModel::remainingMinutes(0, m_efficiency, m_catalog.contentMinutes(course));
}

float ContentFit::partialTime(int course) const
{
    return static_cast<float>(timeFit(neededMinutes(course), m_available));
}

float ContentFit::fit(int course) const
{
    return static_cast<float>(m_settings.goalWeight) * goal(course) +
           static_cast<float>(m_settings.levelWeight) * level(course) +
           static_cast<float>(m_settings.timeWeight) * time(course);
}

} // namespace mentordesk
