// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/EnrollmentProgress.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QList>
#include <optional>

namespace mentordesk {

/// Progress of one enrollment at one day: T held up to and including `date`, and P with the E in use.
struct ProgressHistoryPoint
{
    QDate date;
    qint64 heldMinutes = 0;
    int perMille = 0; ///< P × 1000, rounded half up
};

/// One enrollment's progress curve plus today's figures (for the projection).
struct EnrollmentHistory
{
    EnrollmentProgress current;         ///< today's report (E in use, projected finish, calibration)
    QList<ProgressHistoryPoint> points; ///< one per report date; P uses current.report.efficiencyPermille
};

/// Progress over time of a learner's enrollments or of a course's enrollments, sampled at the last
/// day of every week (the last point is today when the range reaches today).
struct ProgressHistoryReport
{
    enum class Subject
    {
        Learner,
        Course,
    };
    Subject subject = Subject::Learner;
    Id subjectId;
    QString subjectName;
    QDate from;
    QDate to;
    QList<QDate> dates;                   ///< sample days, ascending
    QList<EnrollmentHistory> enrollments; ///< learner: by start date; course: by learner name
    /// Course reports: per date, the mean P (per mille, half up) of the enrollments started by then;
    /// no value while none had started. Learner reports leave it empty.
    QList<std::optional<int>> averagePerMille;
    QList<int> startedCount; ///< per date, enrollments started by then

    /// Learner: date, enrollment_id, title, mentor, held_minutes, progress (P, 3 decimals).
    /// Course: date, enrollments (started by then), average_progress (3 decimals), completed (P = 1).
    [[nodiscard]] ReportTable table() const;
};

} // namespace mentordesk
