// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QString>
#include <optional>

namespace mentordesk {

/// Where an enrollment stands. Stored as "active", "paused", "completed", "cancelled".
enum class EnrollmentStatus
{
    Active,
    Paused,
    Completed,
    Cancelled,
};

/// The stored name of `status` ("active", …).
[[nodiscard]] QString enrollmentStatusName(EnrollmentStatus status);
/// Parses a stored name (case-insensitive); nullopt when unknown.
[[nodiscard]] std::optional<EnrollmentStatus> enrollmentStatusFromName(const QString& name);

/// A learner following a course (or free-form mentoring when `courseId` is empty) with a mentor.
struct Enrollment
{
    RecordMeta meta;
    Id learnerId;
    Id courseId; ///< empty for free-form mentoring
    Id mentorId;
    QString title;                ///< the course title unless given; required for free-form mentoring
    int efficiencyPermille = 800; ///< E × 1000, 50–2000
    int targetMinutes = 0;        ///< hours the plan aims at, in minutes (> 0)
    QDate startDate;
    QDate plannedEndDate; ///< invalid when not planned
    EnrollmentStatus status = EnrollmentStatus::Active;

    [[nodiscard]] bool isFreeForm() const { return courseId.isEmpty(); }
};

/// What a user gives to enroll a learner.
struct EnrollmentInput
{
    Id learnerId;
    Id mentorId;
    Id courseId;                           ///< empty = free-form mentoring
    QString title;                         ///< empty = the course title
    std::optional<int> efficiencyPermille; ///< unset = the default, 800
    std::optional<int> targetMinutes;      ///< unset = the course's content minutes (required for free-form)
    QDate startDate;                       ///< invalid = today in the studio's time zone
    QDate plannedEndDate;                  ///< invalid = not planned
};

/// What may change on an existing enrollment (learner and course stay; enroll again instead).
struct EnrollmentChanges
{
    Id mentorId;
    QString title;                         ///< empty = the course title (required for free-form)
    std::optional<int> efficiencyPermille; ///< unset = the default, 800
    std::optional<int> targetMinutes;      ///< unset = the course's content minutes (required for free-form)
    QDate startDate;                       ///< must be valid
    QDate plannedEndDate;                  ///< invalid = not planned
};

/// List filter; empty ids and an unset status match everything.
struct EnrollmentFilter
{
    Id learnerId;
    Id courseId;
    Id mentorId;
    std::optional<EnrollmentStatus> status;
};

} // namespace mentordesk
