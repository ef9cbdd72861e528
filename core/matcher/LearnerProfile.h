// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "progress/ProgressModel.h"

#include <QList>
#include <QSet>
#include <QString>

namespace mentordesk {

/// The demand side of a match, D(u) = f(S, G, T): a learner of the studio or a new enquiry.
struct LearnerProfile
{
    Id id;                  ///< the learner (the collaborative filter's user); empty for an enquiry
    QString name;           ///< for display only
    int level = 1;          ///< skill S, 1–5
    int weeklyMinutes = 60; ///< weekly available time T, minutes
    QList<Id> goals;        ///< goal topics G, in the learner's order
    /// Topics that are not "missing": completed courses, assessed mastery, courses in progress.
    /// The prerequisite expansion stops at them.
    QSet<Id> knownTopics;
    QSet<Id> takenCourses;                                              ///< never suggested again
    int efficiencyPermille = ProgressModel::kDefaultEfficiencyPermille; ///< E, for hours needed
};

} // namespace mentordesk
