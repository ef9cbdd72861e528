// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "progress/MasteryTracker.h"

#include <QHash>
#include <QList>

namespace mentordesk {

/// A course's topics rolled up for one learner: the mean of the latest mastery of each of the
/// course's topics, a topic never assessed counting as 0 %.
struct CourseMastery
{
    Id courseId;
    QString title;
    int topicCount = 0;
    int assessedCount = 0;
    int averagePercent = 0; ///< rounded half up
};

/// A learner's mastery per topic (all assessments, whatever the enrollment) and per course.
struct LearnerMastery
{
    QList<TopicMastery> topics;    ///< ascending topic id
    QHash<Id, QString> topicNames; ///< names of the topics above
    QList<CourseMastery> courses;  ///< the courses of the learner's enrollments, in enrollment order
};

} // namespace mentordesk
