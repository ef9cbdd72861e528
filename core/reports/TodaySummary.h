// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "lessons/LessonStatus.h"
#include "progress/EnrollmentProgress.h"
#include "reports/PackageStatus.h"
#include "studio/FirstSteps.h"

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

/// An overdue invoice listed on the Today page's money card.
struct TodayOverdueInvoice
{
    Id invoiceId;
    QString numberText;
    Id payerId;
    QString payerName;
    qint64 balanceMinor = 0;
    int daysOverdue = 0;
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
    /// Whether the money figures below were computed (ReportCatalog::isAvailable(Revenue)).
    bool billingAvailable = false;
    QString currency;           ///< the studio currency of the money figures
    qint64 issuedThisMonth = 0; ///< Σ invoices issued this month (minor units)
    qint64 paidThisMonth = 0;   ///< Σ payments received this month
    qint64 issuedLastMonth = 0;
    qint64 paidLastMonth = 0;
    int overdueCount = 0;               ///< invoices with a balance past their due date
    qint64 overdueMinor = 0;            ///< their balances
    QList<TodayOverdueInvoice> overdue; ///< most overdue first (limited like awaitingAttendance)
    QList<PackageStatus> lowPackages;   ///< unexpired packages whose plan runs low, by learner name
    FirstSteps firstSteps;              ///< the new studio's checklist (FirstStepsService)
};

} // namespace mentordesk
