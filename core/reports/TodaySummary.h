// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "lessons/LessonStatus.h"
#include "progress/EnrollmentProgress.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mentordesk {

/// A learner in a lesson listed on the Today page.
struct TodayAttendee
{
    Id learnerId;
    QString learnerName;
    Id enrollmentId;
};

/// A lesson listed on the Today page.
struct TodayLesson
{
    Id lessonId;
    QDateTime startsAt; ///< UTC
    int plannedMinutes = 0;
    LessonStatus status = LessonStatus::Scheduled;
    Id mentorId;
    QString mentorName;
    QList<TodayAttendee> attendees; ///< by learner name
};

/// Everything the Today page shows, computed at once (TodayService::summary).
struct TodaySummary
{
    QDate today;                     ///< in the studio's time zone
    QDate weekStart;                 ///< first day of this week
    QList<TodayLesson> todayLessons; ///< every lesson starting today, by start time
    QList<TodayLesson> tomorrowLessons;
    QList<TodayLesson> awaitingAttendance; ///< lessons of the last 60 days still scheduled after they ended,
                                           ///< most recent first (limited)
    qint64 awaitingTotal = 0;              ///< how many there are in all
    QList<AtRiskEntry> atRisk;
    qint64 heldThisWeek = 0;      ///< minutes held this week so far
    qint64 scheduledThisWeek = 0; ///< minutes still scheduled this week
    qint64 heldLastWeek = 0;      ///< minutes held last week
    /// False until billing stores invoices: revenue, overdue invoices and package balances are then
    /// shown as "after billing is set up".
    bool billingAvailable = false;
};

} // namespace mentordesk
