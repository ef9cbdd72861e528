// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "courses/Enrollment.h"

#include <QDate>
#include <QString>

namespace mentordesk {

/// The facts about an enrollment that progress screens and reports show next to the figures.
struct EnrollmentSummary
{
    Id id;
    Id learnerId;
    QString learnerName;
    Id mentorId;
    QString mentorName;
    Id courseId;   ///< empty for free-form mentoring
    QString title; ///< the enrollment's title (the course title unless given)
    EnrollmentStatus status = EnrollmentStatus::Active;
    QDate startDate;
    QDate plannedEndDate;         ///< invalid when not planned
    int contentMinutes = 0;       ///< C: the course's content minutes, or the target minutes of free-form mentoring
    int efficiencyPermille = 800; ///< the enrollment's own E
};

/// Which enrollments a progress query covers.
struct ProgressScope
{
    enum class Kind
    {
        Enrollment,   ///< one enrollment (`id`)
        Learner,      ///< every enrollment of the learner `id`
        Course,       ///< every enrollment of the course `id`
        ActiveStudio, ///< active enrollments of active learners, studio-wide
    };
    Kind kind = Kind::ActiveStudio;
    Id id;
};

} // namespace mentordesk
