// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/AttendanceRules.h"
#include "billing/BillableLesson.h"
#include "billing/PriceLine.h"
#include "billing/plans/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mentordesk {

/// One package bought under a package plan, with what earlier runs already drew from it.
struct PackagePurchase
{
    QString id;
    QDate purchasedOn;
    qint64 minutes = 0;     ///< minutes bought
    qint64 usedMinutes = 0; ///< drawn by lessons billed before (persisted draws)
    qint64 priceMinor = 0;
    QDate validUntil;    ///< last day it can be drawn (invalid = no expiry)
    bool billed = false; ///< its purchase line is already on an invoice

    /// A new purchase of the plan's package: its minutes and price, valid for validityDays from `purchasedOn`
    /// (validUntil = purchasedOn + validityDays − 1).
    [[nodiscard]] static PackagePurchase fromPlan(const PackagePlan& plan, const QString& id, QDate purchasedOn);
};

/// One lesson's minutes taken from one package.
struct PackageDraw
{
    QString lessonId;
    QString packageId;
    qint64 minutes = 0;
};

/// A package's balance after the run.
struct PackageBalance
{
    QString packageId;
    qint64 remainingMinutes = 0;
    QDate validUntil;
    bool expired = false; ///< validUntil is before asOf: the remaining minutes are forfeited
};

struct PackageLedgerInput
{
    QList<PackagePurchase> packages;
    QList<BillableLesson> lessons; ///< not yet billed; drawn in time order
    QDate asOf;                    ///< the day balances, expiry and warnings are reported for
};

struct PackageLedgerResult
{
    QList<PriceLine> lines;         ///< purchases not yet billed, draws (amount 0), overage
    QList<PackageDraw> draws;       ///< persist these: they are the next run's usedMinutes
    QList<PackageBalance> balances; ///< in draw order
    qint64 remainingMinutes = 0;    ///< in packages still valid on asOf
    qint64 expiredMinutes = 0;      ///< forfeited in packages expired before asOf
    bool lowBalance = false;        ///< remaining ≤ the plan's low-balance minutes (when set)
    bool exhausted = false;         ///< nothing remains
    bool newPackageNeeded = false;  ///< NeedNewPackage: lessons wait for a package, or nothing remains
    qint64 uncoveredMinutes = 0;
    QStringList coveredLessonIds;   ///< billed by draws and/or overage (link them)
    QStringList uncoveredLessonIds; ///< waiting for a new package (NeedNewPackage); bill them in a later run
    QStringList unbilledLessonIds;  ///< cost nothing
};

/// Draws lessons from prepaid packages.
///  - Lessons in time order; each needs its rounded minutes × its attendance share (held 100 %, late
///    cancel and no-show at their share, rounded half-up to a minute).
///  - Packages valid on the lesson's date are drawn first-to-expire first (then by purchase date, id);
///    a package can cover a lesson dated before its purchase.
///  - BillOverage: what the packages cannot cover is billed as an overage line at the plan's rate.
///  - NeedNewPackage: a lesson is drawn whole or not at all; from the first lesson that cannot be
///    covered on, lessons stay unbilled (uncovered) and a new package is signalled. Once a package is
///    bought, the next run covers them in order.
///  - The balance never goes below zero.
class PackageLedger final
{
    Q_DECLARE_TR_FUNCTIONS(PackageLedger)

public:
    [[nodiscard]] static Result<PackageLedgerResult> run(const Plan& plan, const AttendanceRules& rules,
                                                         const PackageLedgerInput& input);
};

} // namespace mentordesk
