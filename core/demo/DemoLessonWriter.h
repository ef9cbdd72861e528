// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoContext.h"
#include "feedback/Assessment.h"

#include <QSet>

namespace mentordesk {

/// Writes one learner's history: enrollments along a course path, a weekly lesson series per
/// enrollment with realistic attendance, notes and homework, mastery assessments and ratings.
class DemoLessonWriter final
{
public:
    struct Plan
    {
        Id learnerId;
        int mentor = 0;            ///< index into DemoContext::mentors
        int weekday = 1;           ///< 1 = Monday
        int minute = 0;            ///< local start time, minutes after midnight
        int startWeek = 0;         ///< weeks after the first Monday of history
        int endWeek = 0;           ///< exclusive
        QList<int> coursePath;     ///< indexes into DemoContext::courses, in order
        int ratingBias = 0;        ///< tenths of a star
        int reliability = 0;       ///< extra cancellation percentage
        bool shortLessons = false; ///< 45-minute lessons instead of 60 (young children)
    };

    DemoLessonWriter(DemoContext& ctx, QDate firstMonday);
    [[nodiscard]] Result<void> write(const Plan& plan);

private:
    struct EnrollmentRun
    {
        Id enrollmentId;
        int course = -1; ///< -1 = free-form mentoring
        int firstWeek = 0;
        int lastWeek = 0; ///< inclusive
        qint64 heldMinutes = 0;
        bool completed = false;
    };

    [[nodiscard]] Result<void> writeEnrollment(const Plan& plan, EnrollmentRun& run);
    [[nodiscard]] Result<void> writeRatings(const Plan& plan, const EnrollmentRun& run);
    [[nodiscard]] QDateTime startOf(int week, const Plan& plan) const;

    DemoContext& m_ctx;
    QDate m_firstMonday;
    QSet<QString> m_ratedMentors; ///< learner id + mentor id pairs already rated
    QList<Assessment> m_pendingAssessments;
};

} // namespace mentordesk
