// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/AttendanceRules.h"
#include "billing/BillableLesson.h"
#include "billing/BillingPeriod.h"
#include "billing/ModuleBilling.h"
#include "billing/PackageLedger.h"
#include "billing/ProjectBilling.h"
#include "billing/StoredPlan.h"
#include "billing/TaxRate.h"
#include "common/Id.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace mentordesk {

/// A lesson of the run's window as one attendee's enrollment sees it.
struct WindowLesson
{
    BillableLesson lesson;
    bool billable = true; ///< the lesson's billable flag
    bool billed = false;  ///< already linked to a line of a live invoice
};

/// One enrollment with a plan, and everything billing it needs.
struct BillingEnrollment
{
    Id id;
    Id learnerId;
    QString learnerName;
    Id payerId; ///< empty: the learner has no payer (nothing can be billed)
    QString title;
    Id courseId;
    int efficiencyPermille = 800;
    qint64 contentMinutes = 0;       ///< C: the course's content minutes, else the enrollment's target minutes
    QDate endsOn;                    ///< last day billed (subscriptions); invalid = open
    QList<Plan> plans;               ///< by effective date
    QList<WindowLesson> lessons;     ///< window lessons (not scheduled), in time order
    qint64 heldMinutesBefore = 0;    ///< held minutes before the window (progress)
    int makeUpCredits = 0;           ///< owed before this run
    QList<ModuleStart> moduleStarts; ///< recorded starts, with billed flags
    QSet<Id> billedModules;          ///< modules billed for this enrollment
};

/// Everything one billing run reads, loaded with a handful of set-based queries.
struct BillingSnapshot
{
    BillingPeriod month;
    QDate windowEnd; ///< month end + 6 days: weekly subscription periods that start in the month
    QString currency;
    AttendanceRules rules;
    TaxMode taxMode = TaxMode::Exclusive;
    QList<TaxRate> taxRates;
    QList<BillingEnrollment> enrollments;
    QHash<Id, QString> payerNames;
    QHash<Id, QString> payerLanguages;
    /// "scope|kind|source" of plan-scoped items already billed (one-off fees, packages, milestones, periods).
    QSet<QString> billed;
    /// rollover carried out of billed subscription periods: "planId|periodKey" → minutes
    QHash<QString, qint64> rolloverOut;
    QHash<Id, QList<PackagePurchase>> purchases; ///< by plan; usedMinutes and billed filled in
    QHash<Id, QList<MilestoneState>> milestones; ///< by plan; billed filled in
    QList<StoredDiscount> discounts;

    [[nodiscard]] static QString key(const QString& scope, const QString& kind, const QString& source)
    {
        return scope + u'|' + kind + u'|' + source;
    }
};

} // namespace mentordesk
