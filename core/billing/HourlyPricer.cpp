// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/HourlyPricer.h"

#include "billing/AttendancePolicy.h"
#include "billing/BillingMath.h"
#include "billing/FieldKey.h"
#include "billing/LessonChecks.h"

#include <algorithm>
#include <limits>

namespace mentordesk {

namespace {

struct Context
{
    const Plan& plan;
    const HourlyPlan& terms;
    const HourlyPricingInput& input;
};

PriceLine lessonLine(const Context& c, const BillableLesson& lesson, const AttendanceDecision& d, PriceLine::Kind kind)
{
    PriceLine line;
    line.kind = kind;
    line.args.date = lesson.date();
    line.args.attendance = d.status;
    line.taxRateId = c.plan.taxRateId;
    line.planId = c.plan.id;
    line.sourceKind = PriceLine::Source::Lesson;
    line.sourceId = lesson.lessonId;
    return line;
}

/// Marks `line` as billed at r′ when `discounted`, and returns the rate to use.
qint64 applyRate(const Context& c, PriceLine& line, bool discounted)
{
    if (!discounted) {
        return c.terms.rateMinor;
    }
    line.args.discountedRate = true;
    line.args.thresholdPermille = c.terms.progressDiscount->thresholdPermille;
    return c.terms.progressDiscount->rateMinor;
}

/// Minutes of this lesson still billed at r (before the progress threshold), unbounded without a discount.
qint64 minutesBeforeThreshold(const Context& c, const BillableLesson& lesson)
{
    if (!c.terms.progressDiscount) {
        return std::numeric_limits<qint64>::max();
    }
    return lesson.progressBefore.minutesUntil(c.terms.progressDiscount->thresholdPermille, c.input.efficiencyPermille,
                                              c.input.contentMinutes);
}

bool startsDiscounted(const Context& c, const BillableLesson& lesson)
{
    return c.terms.progressDiscount && lesson.progressBefore.reaches(c.terms.progressDiscount->thresholdPermille);
}

Result<void> addPerHour(const Context& c, const BillableLesson& lesson, const AttendanceDecision& d,
                        QList<PriceLine>& lines)
{
    const qint64 minutes = c.terms.rounding.apply(d.minutes);
    // Why: a held lesson that crosses P* is split; a cancelled one never advanced progress, so it is
    // billed whole at the rate in force at its start.
    const qint64 atFull = d.status == BillableStatus::Held ? std::min(minutes, minutesBeforeThreshold(c, lesson))
                                                           : (startsDiscounted(c, lesson) ? 0 : minutes);
    const qint64 atDiscount = minutes - atFull;
    for (const bool discounted : {false, true}) {
        const qint64 part = discounted ? atDiscount : atFull;
        // Why: a lesson rounded to 0 minutes still gets a (zero) line so it is linked and never re-billed.
        if (part == 0 && (discounted || atDiscount > 0)) {
            continue;
        }
        PriceLine line = lessonLine(c, lesson, d, d.lineKind);
        line.unit = PriceLine::Unit::Minutes;
        line.quantity = part;
        line.unitPriceMinor = applyRate(c, line, discounted);
        line.args.shareBp = d.shareBp;
        auto amount = BillingMath::priceForMinutes(line.unitPriceMinor, part, d.shareBp);
        if (!amount) {
            return fail(amount.error());
        }
        line.amountMinor = *amount;
        lines.append(line);
    }
    return {};
}

Result<void> addPerLesson(const Context& c, const BillableLesson& lesson, const AttendanceDecision& d,
                          QList<PriceLine>& lines)
{
    PriceLine line = lessonLine(c, lesson, d, d.lineKind);
    line.unit = PriceLine::Unit::Units;
    line.quantity = 1;
    line.unitPriceMinor = applyRate(c, line, startsDiscounted(c, lesson));
    line.args.shareBp = d.shareBp;
    auto amount = BillingMath::scaled(line.unitPriceMinor, d.shareBp, BillingMath::kFullShareBp);
    if (!amount) {
        return fail(amount.error());
    }
    line.amountMinor = *amount;
    lines.append(line);
    return {};
}

Result<void> checkInput(const Plan& plan, const HourlyPlan& terms, const AttendanceRules& rules,
                        const HourlyPricingInput& input)
{
    if (auto ok = plan.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("plan")));
    }
    if (auto ok = rules.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("attendance")));
    }
    if (terms.progressDiscount && terms.unit == HourlyPlan::RateUnit::PerHour) {
        if (auto ok = LessonChecks::progressModel(input.efficiencyPermille, input.contentMinutes); !ok) {
            return ok;
        }
    }
    if (input.makeUpCredits < 0) {
        return fail(Error::invalid(QStringLiteral("make_up_credits"),
                                   HourlyPricer::tr("Make-up credits must not be negative.")));
    }
    return LessonChecks::lessons(input.lessons);
}

} // namespace

Result<HourlyPricingResult> HourlyPricer::price(const Plan& plan, const AttendanceRules& rules,
                                                const HourlyPricingInput& input)
{
    const auto* terms = std::get_if<HourlyPlan>(&plan.terms);
    if (!terms) {
        return fail(Error::invalid(QStringLiteral("plan.kind"), tr("Plan %1 is not an hourly plan.").arg(plan.id)));
    }
    if (auto ok = checkInput(plan, *terms, rules, input); !ok) {
        return fail(ok.error());
    }
    const Context c{plan, *terms, input};
    HourlyPricingResult out;
    out.makeUpCredits = input.makeUpCredits;
    if (terms->oneOffFeeMinor > 0 && !input.oneOffFeeBilled) {
        PriceLine fee;
        fee.kind = PriceLine::Kind::OneOffFee;
        fee.quantity = 1;
        fee.unitPriceMinor = fee.amountMinor = terms->oneOffFeeMinor;
        fee.taxRateId = plan.taxRateId;
        fee.planId = plan.id;
        fee.sourceKind = PriceLine::Source::Plan;
        fee.sourceId = plan.id;
        out.lines.append(fee);
    }
    QList<BillableLesson> lessons = input.lessons;
    std::stable_sort(lessons.begin(), lessons.end(), BillableLesson::earlier);
    const AttendancePolicy policy(rules);
    for (const BillableLesson& lesson : lessons) {
        const AttendanceDecision d = policy.decide(lesson);
        if (lesson.makeUp && d.status == BillableStatus::Held && out.makeUpCredits > 0) {
            --out.makeUpCredits;
            PriceLine line = lessonLine(c, lesson, d, PriceLine::Kind::MakeUpCredit);
            line.unit =
                terms->unit == HourlyPlan::RateUnit::PerHour ? PriceLine::Unit::Minutes : PriceLine::Unit::Units;
            line.quantity = line.unit == PriceLine::Unit::Minutes ? terms->rounding.apply(d.minutes) : 1;
            out.lines.append(line);
            out.billedLessonIds.append(lesson.lessonId);
            continue;
        }
        if (!d.billable()) {
            out.unbilledLessonIds.append(lesson.lessonId);
            continue;
        }
        auto added = terms->unit == HourlyPlan::RateUnit::PerHour ? addPerHour(c, lesson, d, out.lines)
                                                                  : addPerLesson(c, lesson, d, out.lines);
        if (!added) {
            return fail(added.error());
        }
        out.billedLessonIds.append(lesson.lessonId);
        if (d.earnsMakeUpCredit) {
            ++out.makeUpCredits;
        }
    }
    return out;
}

} // namespace mentordesk
