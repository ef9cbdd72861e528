// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillableLesson.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mentordesk {

/// One priced line produced by a billing calculator, before it becomes an invoice line.
/// It carries no final text: `args` holds the parameters a renderer translates into a description
/// ("Lesson 2026-03-05, 45 min at 100.00/h"). Amounts are minor units of the studio currency.
/// `planId` + `sourceKind` + `sourceId` identify what the line bills, so a billing run can link it
/// and never bill the same lesson, period, package, milestone or module twice.
struct PriceLine
{
    enum class Kind
    {
        Lesson,          ///< a held lesson (possibly one of two halves split by the progress discount)
        OneOffFee,       ///< the hourly plan's one-off fee F0
        SubscriptionFee, ///< a subscription period's fee (prorated when args.activeDays < args.periodDays)
        Overage,         ///< minutes beyond a subscription's allowance or an exhausted package
        PackagePurchase, ///< a prepaid package bought
        PackageDraw,     ///< minutes drawn from a package by a lesson (amount 0; informational)
        Milestone,       ///< a project milestone
        Module,          ///< a course module that started
        Discount,        ///< a discount (negative amount), one line per discount and tax rate
        LateCancel,      ///< a late cancellation billed at args.shareBp
        NoShow,          ///< a no-show billed at args.shareBp
        MakeUpCredit,    ///< a make-up lesson covered by a make-up credit (amount 0)
    };

    enum class Unit
    {
        Minutes, ///< quantity is minutes; unitPriceMinor is a rate per hour
        Units,   ///< quantity is a count; unitPriceMinor is a price per unit
    };

    enum class Source
    {
        None,
        Plan,               ///< sourceId = plan id (one-off fee)
        Lesson,             ///< sourceId = lesson id
        SubscriptionPeriod, ///< sourceId = period key ("2026-03" or "2026-03-09" for a week)
        Package,            ///< sourceId = package purchase id
        Milestone,          ///< sourceId = milestone id
        Module,             ///< sourceId = module id
        Discount,           ///< sourceId = discount id
    };

    /// Description parameters, filled as far as they apply to the kind.
    struct Args
    {
        QDate date;                                       ///< lesson date, purchase date, milestone date, module start
        QDate periodStart;                                ///< subscription period (inclusive)
        QDate periodEnd;                                  ///< subscription period (inclusive)
        QString label;                                    ///< user-entered name: discount, milestone, module, package
        qint64 shareBp = 10000;                           ///< billed share (late cancel, no-show) or discount percent
        int activeDays = 0;                               ///< prorated subscription: days billed…
        int periodDays = 0;                               ///< …out of the days in the period
        bool discountedRate = false;                      ///< billed at the progress-discount rate r′
        int thresholdPermille = 0;                        ///< the progress threshold P* when discountedRate
        qint64 allowanceMinutes = 0;                      ///< overage: minutes available in the period
        qint64 usedMinutes = 0;                           ///< overage: minutes used in the period
        qint64 remainingMinutes = 0;                      ///< package draw: minutes left in the package after it
        QString packageId;                                ///< package draw
        BillableStatus attendance = BillableStatus::Held; ///< the lesson's effective status (lesson-based lines)
    };

    Kind kind = Kind::Lesson;
    Args args;
    qint64 quantity = 0;
    Unit unit = Unit::Units;
    qint64 unitPriceMinor = 0;
    qint64 amountMinor = 0;
    QString taxRateId; ///< empty: not taxed
    QString planId;
    Source sourceKind = Source::None;
    QString sourceId;

    /// Stable machine names ("lesson", "subscription_fee"…) for storage, JSON and CSV.
    [[nodiscard]] static QString kindKey(Kind kind);
    [[nodiscard]] static QString sourceKey(Source source);
    /// The sum of the lines' amounts; fails (field "amount") when it overflows.
    [[nodiscard]] static Result<qint64> total(const QList<PriceLine>& lines);
};

} // namespace mentordesk
