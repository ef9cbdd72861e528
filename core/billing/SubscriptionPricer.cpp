// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/SubscriptionPricer.h"

#include "billing/AttendancePolicy.h"
#include "billing/BillingMath.h"
#include "billing/FieldKey.h"
#include "billing/LessonChecks.h"

#include <algorithm>

namespace mentordesk {

namespace {

bool paused(const SubscriptionPlan& terms, QDate day)
{
    return std::any_of(terms.pauses.begin(), terms.pauses.end(),
                       [&](const SubscriptionPlan::Pause& p) { return day >= p.from && day <= p.to; });
}

Result<void> checkInput(const Plan& plan, const AttendanceRules& rules, const SubscriptionPeriodInput& input)
{
    if (auto ok = plan.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("plan")));
    }
    if (auto ok = rules.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("attendance")));
    }
    if (!input.day.isValid()) {
        return fail(Error::invalid(QStringLiteral("period"), SubscriptionPricer::tr("Choose the period to bill.")));
    }
    if (input.rolloverInMinutes < 0 || input.rolloverInMinutes > 10000LL * 60) {
        return fail(Error::invalid(QStringLiteral("rollover_in_minutes"),
                                   SubscriptionPricer::tr("Rolled-over minutes must be between 0 and 10,000 hours.")));
    }
    return LessonChecks::lessons(input.lessons);
}

/// Splits `used` minutes over the rolled-in minutes and the allowance; fills overage, rollover, forfeits.
void settleMinutes(const SubscriptionPlan& terms, SubscriptionPeriodResult& r)
{
    if (terms.unlimited()) {
        return;
    }
    const qint64 fromRollover = std::min(r.usedMinutes, r.rolloverInMinutes);
    const qint64 fromAllowance = std::min(r.usedMinutes - fromRollover, r.allowanceMinutes);
    r.overageMinutes = r.usedMinutes - fromRollover - fromAllowance;
    const qint64 unusedRollover = r.rolloverInMinutes - fromRollover;
    const qint64 unusedAllowance = r.allowanceMinutes - fromAllowance;
    switch (terms.rollover) {
    case SubscriptionPlan::Rollover::None:
        r.rolloverOutMinutes = 0;
        break;
    case SubscriptionPlan::Rollover::OnePeriod:
        // Why: a fully paused period does not age what was carried into it.
        r.rolloverOutMinutes = r.activeDays == 0 ? unusedRollover : unusedAllowance;
        break;
    case SubscriptionPlan::Rollover::Capped:
        r.rolloverOutMinutes = std::min(unusedRollover + unusedAllowance, terms.rolloverCapMinutes);
        break;
    }
    r.forfeitedMinutes = unusedRollover + unusedAllowance - r.rolloverOutMinutes;
}

} // namespace

int SubscriptionPricer::activeDays(const SubscriptionPlan& terms, QDate startsOn, const BillingPeriod& period)
{
    int days = 0;
    for (QDate d = period.start; d <= period.end; d = d.addDays(1)) {
        const bool subscribed = d >= startsOn && (!terms.endsOn.isValid() || d <= terms.endsOn);
        if (subscribed && !paused(terms, d)) {
            ++days;
        }
    }
    return days;
}

Result<SubscriptionPeriodResult> SubscriptionPricer::price(const Plan& plan, const AttendanceRules& rules,
                                                           const SubscriptionPeriodInput& input)
{
    const auto* terms = std::get_if<SubscriptionPlan>(&plan.terms);
    if (!terms) {
        return fail(Error::invalid(QStringLiteral("plan.kind"), tr("Plan %1 is not a subscription.").arg(plan.id)));
    }
    if (auto ok = checkInput(plan, rules, input); !ok) {
        return fail(ok.error());
    }
    SubscriptionPeriodResult r;
    r.period = BillingPeriod::containing(input.day, terms->period, terms->weekStartsOn);
    r.activeDays = activeDays(*terms, plan.effectiveFrom, r.period);
    r.rolloverInMinutes = terms->unlimited() ? 0 : input.rolloverInMinutes;
    const int periodDays = r.period.days();
    const bool partial = terms->prorate && r.activeDays < periodDays;
    const qint64 shareNum = r.activeDays == 0 ? 0 : (partial ? r.activeDays : periodDays);

    const AttendancePolicy policy(rules);
    for (qsizetype i = 0; i < input.lessons.size(); ++i) {
        const BillableLesson& lesson = input.lessons[i];
        if (!r.period.contains(lesson.date())) {
            return fail(Error::invalid(FieldKey::indexed(QStringLiteral("lessons"), i, QStringLiteral("local_date")),
                                       tr("Lesson %1 on %2 is outside the period %3.")
                                           .arg(lesson.lessonId, lesson.date().toString(Qt::ISODate), r.period.key())));
        }
        const AttendanceDecision d = policy.decide(lesson);
        if (!d.billable()) {
            r.unbilledLessonIds.append(lesson.lessonId);
            continue;
        }
        auto used = BillingMath::scaled(terms->rounding.apply(d.minutes), d.shareBp, BillingMath::kFullShareBp);
        if (!used) {
            return fail(used.error());
        }
        r.usedMinutes += *used;
        r.coveredLessonIds.append(lesson.lessonId);
    }

    if (!terms->unlimited()) {
        auto allowance = BillingMath::scaled(terms->includedMinutes, shareNum, periodDays);
        if (!allowance) {
            return fail(allowance.error());
        }
        r.allowanceMinutes = *allowance;
    }
    settleMinutes(*terms, r);

    PriceLine base;
    base.taxRateId = plan.taxRateId;
    base.planId = plan.id;
    base.sourceKind = PriceLine::Source::SubscriptionPeriod;
    base.sourceId = r.period.key();
    base.args.periodStart = r.period.start;
    base.args.periodEnd = r.period.end;
    base.args.activeDays = r.activeDays;
    base.args.periodDays = periodDays;
    if (r.activeDays > 0) {
        PriceLine fee = base;
        fee.kind = PriceLine::Kind::SubscriptionFee;
        fee.quantity = 1;
        fee.unitPriceMinor = terms->feeMinor;
        auto amount = BillingMath::scaled(terms->feeMinor, shareNum, periodDays);
        if (!amount) {
            return fail(amount.error());
        }
        fee.amountMinor = *amount;
        r.lines.append(fee);
    }
    if (r.overageMinutes > 0) {
        PriceLine over = base;
        over.kind = PriceLine::Kind::Overage;
        over.unit = PriceLine::Unit::Minutes;
        over.quantity = r.overageMinutes;
        over.unitPriceMinor = terms->overageRateMinor;
        over.args.allowanceMinutes = r.allowanceMinutes + r.rolloverInMinutes;
        over.args.usedMinutes = r.usedMinutes;
        auto amount = BillingMath::priceForMinutes(terms->overageRateMinor, r.overageMinutes);
        if (!amount) {
            return fail(amount.error());
        }
        over.amountMinor = *amount;
        r.lines.append(over);
    }
    return r;
}

} // namespace mentordesk
