// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "matcher/BayesianRating.h"
#include "matcher/CourseQualityModel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <span>
#include <vector>

namespace mentordesk {

/// What the recommender needs to know about one course (plain values; the service loads them).
struct CourseInfo
{
    Id id;
    QString title;
    int level = 1;          ///< 1–5
    int contentMinutes = 0; ///< C, > 0
    int quality = 7;        ///< Q, 1–10
    int practicality = 7;   ///< U, 1–10
    QList<Id> topics;
    int ratingCount = 0;    ///< learners' course ratings
    double ratingSum = 0.0; ///< sum of their stars
    int learners = 0;       ///< distinct learners who enrolled (popularity)
};

/// The courses a recommender chooses from, indexed densely for fast scoring: per course its level,
/// content minutes, quality C(c) (CourseQualityModel with the Bayesian rating R), popularity and
/// topics (as dense topic indices, CSR layout). Built once, then read-only and shareable.
///
/// Popularity P(c) = ln(1 + learners) / ln(1 + the most learners of any course), in [0, 1]
/// (0 for every course when nobody enrolled anywhere). The Bayesian prior is the mean of all
/// course ratings in the catalogue.
class CourseCatalog final
{
public:
    CourseCatalog() = default;

    /// Builds the catalogue. `topicNames` (topic id → name) is used for explanations only.
    [[nodiscard]] static CourseCatalog build(QList<CourseInfo> courses, const QHash<Id, QString>& topicNames = {},
                                             const CourseQualityWeights& qualityWeights = {},
                                             const BayesianSettings& bayes = {});

    [[nodiscard]] int size() const { return static_cast<int>(m_courses.size()); }
    [[nodiscard]] bool isEmpty() const { return m_courses.isEmpty(); }
    /// Dense index of a course id, or −1.
    [[nodiscard]] int indexOf(const Id& courseId) const { return m_index.value(courseId, -1); }
    [[nodiscard]] const CourseInfo& info(int course) const { return m_courses.at(course); }

    [[nodiscard]] int level(int course) const { return m_level[static_cast<std::size_t>(course)]; }
    [[nodiscard]] int contentMinutes(int course) const { return m_minutes[static_cast<std::size_t>(course)]; }
    /// C(c) in [0, 1].
    [[nodiscard]] float quality(int course) const { return m_quality[static_cast<std::size_t>(course)]; }
    /// R(c): the Bayesian average of the course's ratings, 1–5.
    [[nodiscard]] double bayesianRating(int course) const { return m_rating[static_cast<std::size_t>(course)]; }
    /// P(c) in [0, 1].
    [[nodiscard]] float popularity(int course) const { return m_popularity[static_cast<std::size_t>(course)]; }
    /// Dense topic indices of the course's topics.
    [[nodiscard]] std::span<const int> topics(int course) const
    {
        const auto c = static_cast<std::size_t>(course);
        return {m_topicIndices.data() + m_topicOffsets[c], m_topicIndices.data() + m_topicOffsets[c + 1]};
    }

    /// Topics that some course teaches (dense indices 0…topicCount − 1).
    [[nodiscard]] int topicCount() const { return static_cast<int>(m_topicIds.size()); }
    [[nodiscard]] int topicIndex(const Id& topicId) const { return m_topicIndex.value(topicId, -1); }
    [[nodiscard]] const Id& topicId(int topic) const { return m_topicIds.at(topic); }
    /// The name of any topic id known from `topicNames` (empty when unknown).
    [[nodiscard]] QString topicName(const Id& topicId) const { return m_topicNames.value(topicId); }
    [[nodiscard]] const QHash<Id, QString>& topicNames() const { return m_topicNames; }

private:
    QList<CourseInfo> m_courses;
    QHash<Id, int> m_index;
    std::vector<int> m_level;
    std::vector<int> m_minutes;
    std::vector<float> m_quality;
    std::vector<double> m_rating;
    std::vector<float> m_popularity;
    std::vector<int> m_topicOffsets{0};
    std::vector<int> m_topicIndices;
    QList<Id> m_topicIds;
    QHash<Id, int> m_topicIndex;
    QHash<Id, QString> m_topicNames;
};

} // namespace mentordesk
