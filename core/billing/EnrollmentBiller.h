// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingDraft.h"
#include "billing/BillingSnapshot.h"

#include <QCoreApplication>

namespace mentordesk {

/// Prices one enrollment for a billing run with the pure calculators, on values loaded beforehand:
///  - hourly / per lesson: the month's unbilled lessons (HourlyPricer), progress before each lesson from
///    the held minutes before it, make-up credits carried from plan to plan;
///  - subscription: the month (or each week starting in it), skipping billed periods, rollover chained
///    from the previous period's stored rollover (SubscriptionPricer);
///  - package: the month's lessons drawn from the stored purchases (PackageLedger); when lessons wait
///    for a package (NeedNewPackage) the run buys one dated the first waiting lesson, as often as needed;
///  - project: milestones reached or due by the month's end (ProjectBilling);
///  - per module: modules started by the month's end — recorded starts, else derived from progress
///    (a module starts with the held lesson in which T × E reaches the content before it) (ModuleBilling).
/// Every line carries the links of what it bills (SourceLink).
class EnrollmentBiller final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentBiller)

public:
    struct Output
    {
        QList<DraftLine> lines;
        QList<StoredPackagePurchase> packagesBought;
        QStringList warnings;
    };

    explicit EnrollmentBiller(const BillingSnapshot& snapshot);
    /// Fails only on an invalid plan or input the calculators refuse (naming the field).
    [[nodiscard]] Result<Output> bill(const BillingEnrollment& enrollment) const;

private:
    struct Context;
    [[nodiscard]] Result<void> hourly(Context& c, const Plan& plan, const QList<BillableLesson>& lessons) const;
    [[nodiscard]] Result<void> subscription(Context& c, const Plan& plan, const QList<BillableLesson>& lessons) const;
    [[nodiscard]] Result<void> package(Context& c, const Plan& plan, const QList<BillableLesson>& lessons) const;
    [[nodiscard]] Result<void> project(Context& c, const Plan& plan) const;
    [[nodiscard]] Result<void> modules(Context& c, const Plan& plan) const;

    const BillingSnapshot& m_snapshot;
};

} // namespace mentordesk
