// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/CourseCatalog.h"

#include <algorithm>
#include <cmath>

namespace mentordesk {

CourseCatalog CourseCatalog::build(QList<CourseInfo> courses, const QHash<Id, QString>& topicNames,
                                   const CourseQualityWeights& qualityWeights, const BayesianSettings& bayes)
{
    CourseCatalog c;
    c.m_courses = std::move(courses);
    c.m_topicNames = topicNames;
    const auto n = static_cast<std::size_t>(c.m_courses.size());
    c.m_index.reserve(static_cast<qsizetype>(n));
    c.m_level.reserve(n);
    c.m_minutes.reserve(n);
    c.m_quality.reserve(n);
    c.m_rating.reserve(n);
    c.m_popularity.reserve(n);
    c.m_topicOffsets.reserve(n + 1);

    double sum = 0.0;
    qint64 count = 0;
    int mostLearners = 0;
    for (const CourseInfo& info : std::as_const(c.m_courses)) {
        sum += info.ratingSum;
        count += std::max(0, info.ratingCount);
        mostLearners = std::max(mostLearners, info.learners);
    }
    const double prior = count > 0 ? sum / static_cast<double>(count) : bayes.fallbackPrior;
    const double popularityScale = mostLearners > 0 ? 1.0 / std::log1p(static_cast<double>(mostLearners)) : 0.0;

    for (qsizetype i = 0; i < c.m_courses.size(); ++i) {
        const CourseInfo& info = c.m_courses.at(i);
        c.m_index.insert(info.id, static_cast<int>(i));
        c.m_level.push_back(std::clamp(info.level, 1, 5));
        c.m_minutes.push_back(std::max(1, info.contentMinutes));
        const double r = BayesianRating::average(info.ratingSum, info.ratingCount, prior, bayes.priorWeight);
        c.m_rating.push_back(r);
        c.m_quality.push_back(
            static_cast<float>(CourseQualityModel::score(info.quality, info.practicality, r, qualityWeights)));
        c.m_popularity.push_back(static_cast<float>(std::log1p(std::max(0, info.learners)) * popularityScale));
        for (const Id& topic : info.topics) {
            int t = c.m_topicIndex.value(topic, -1);
            if (t < 0) {
                t = static_cast<int>(c.m_topicIds.size());
                c.m_topicIds.append(topic);
                c.m_topicIndex.insert(topic, t);
            }
            c.m_topicIndices.push_back(t);
        }
        c.m_topicOffsets.push_back(static_cast<int>(c.m_topicIndices.size()));
    }
    return c;
}

} // namespace mentordesk
