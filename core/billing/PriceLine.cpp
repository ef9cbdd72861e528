// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PriceLine.h"

#include "billing/BillingMath.h"

namespace mentordesk {

QString PriceLine::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Lesson:
        return QStringLiteral("lesson");
    case Kind::OneOffFee:
        return QStringLiteral("one_off_fee");
    case Kind::SubscriptionFee:
        return QStringLiteral("subscription_fee");
    case Kind::Overage:
        return QStringLiteral("overage");
    case Kind::PackagePurchase:
        return QStringLiteral("package_purchase");
    case Kind::PackageDraw:
        return QStringLiteral("package_draw");
    case Kind::Milestone:
        return QStringLiteral("milestone");
    case Kind::Module:
        return QStringLiteral("module");
    case Kind::Discount:
        return QStringLiteral("discount");
    case Kind::LateCancel:
        return QStringLiteral("late_cancel");
    case Kind::NoShow:
        return QStringLiteral("no_show");
    case Kind::MakeUpCredit:
        return QStringLiteral("make_up_credit");
    }
    return QStringLiteral("unknown");
}

QString PriceLine::sourceKey(Source source)
{
    switch (source) {
    case Source::None:
        return QStringLiteral("none");
    case Source::Plan:
        return QStringLiteral("plan");
    case Source::Lesson:
        return QStringLiteral("lesson");
    case Source::SubscriptionPeriod:
        return QStringLiteral("subscription_period");
    case Source::Package:
        return QStringLiteral("package");
    case Source::Milestone:
        return QStringLiteral("milestone");
    case Source::Module:
        return QStringLiteral("module");
    case Source::Discount:
        return QStringLiteral("discount");
    }
    return QStringLiteral("unknown");
}

Result<qint64> PriceLine::total(const QList<PriceLine>& lines)
{
    qint64 acc = 0;
    for (const PriceLine& line : lines) {
        auto next = BillingMath::add(acc, line.amountMinor);
        if (!next) {
            return fail(next.error());
        }
        acc = *next;
    }
    return acc;
}

} // namespace mentordesk
