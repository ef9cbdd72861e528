// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/QuoteCoster.h"

#include "billing/BillingMath.h"
#include "billing/HourlyPricer.h"
#include "billing/PackageLedger.h"
#include "billing/ProjectBilling.h"
#include "billing/SubscriptionPricer.h"

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kMaxPackages = 1000;

Result<QuoteOption> finish(const Plan& plan, QuoteOption option)
{
    option.planId = plan.id;
    option.planLabel = plan.label;
    option.kind = plan.kind();
    auto total = PriceLine::total(option.lines);
    if (!total) {
        return fail(total.error());
    }
    option.totalMinor = *total;
    return option;
}

/// The date of the lesson during which the learner has studied `minutes` (from the first quoted lesson).
QDate dateAfterMinutes(const QuoteSchedule& s, qint64 minutes)
{
    qint64 done = 0;
    for (const BillableLesson& lesson : s.lessons) {
        done += lesson.heldMinutes();
        if (done > minutes) {
            return lesson.date();
        }
    }
    return s.assumptions.endDate;
}

} // namespace

Result<QuoteOption> QuoteCoster::cost(const Plan& plan, const QuoteSchedule& schedule)
{
    if (schedule.lessons.isEmpty()) {
        return finish(plan, QuoteOption{}); // the goal is already reached: nothing to buy under any plan
    }
    switch (plan.kind()) {
    case PlanKind::Hourly:
        return hourly(plan, schedule);
    case PlanKind::Subscription:
        return subscription(plan, schedule);
    case PlanKind::Package:
        return package(plan, schedule);
    case PlanKind::Project:
        return project(plan, schedule);
    case PlanKind::Module:
        return module(plan, schedule);
    }
    return fail(Error::invalid(QStringLiteral("kind"), tr("Unknown plan kind.")));
}

Result<QuoteOption> QuoteCoster::hourly(const Plan& plan, const QuoteSchedule& s)
{
    HourlyPricingInput input;
    input.lessons = s.lessons;
    input.efficiencyPermille = s.assumptions.efficiencyPermille;
    input.contentMinutes = s.assumptions.contentMinutes;
    auto priced = HourlyPricer::price(plan, AttendanceRules{}, input);
    if (!priced) {
        return fail(priced.error());
    }
    QuoteOption option;
    option.lines = priced->lines;
    return finish(plan, option);
}

Result<QuoteOption> QuoteCoster::subscription(const Plan& plan, const QuoteSchedule& s)
{
    Plan quoted = plan;
    auto& terms = std::get<SubscriptionPlan>(quoted.terms);
    terms.endsOn = s.assumptions.endDate;
    terms.pauses.clear();
    QuoteOption option;
    qint64 rollover = 0;
    BillingPeriod period = BillingPeriod::containing(quoted.effectiveFrom, terms.period, terms.weekStartsOn);
    qsizetype next = 0;
    while (period.start <= terms.endsOn) {
        SubscriptionPeriodInput input;
        input.day = period.start;
        input.rolloverInMinutes = rollover;
        while (next < s.lessons.size() && period.contains(s.lessons[next].date())) {
            input.lessons.append(s.lessons[next++]);
        }
        auto priced = SubscriptionPricer::price(quoted, AttendanceRules{}, input);
        if (!priced) {
            return fail(priced.error());
        }
        option.lines.append(priced->lines);
        rollover = priced->rolloverOutMinutes;
        ++option.periods;
        period = period.next();
    }
    return finish(plan, option);
}

Result<QuoteOption> QuoteCoster::package(const Plan& plan, const QuoteSchedule& s)
{
    const auto& terms = std::get<PackagePlan>(plan.terms);
    PackageLedgerInput input;
    input.lessons = s.lessons;
    input.asOf = s.assumptions.endDate;
    input.packages.append(PackagePurchase::fromPlan(terms, QStringLiteral("quote-package-1"), s.assumptions.startDate));
    // Why: each round buys one package on the day of the first lesson still waiting, which covers at least
    // one more minute; the bound only guards against a pathological plan.
    while (input.packages.size() <= kMaxPackages) {
        auto run = PackageLedger::run(plan, AttendanceRules{}, input);
        if (!run) {
            return fail(run.error());
        }
        if (run->uncoveredLessonIds.isEmpty()) {
            QuoteOption option;
            option.lines = run->lines;
            option.packages = static_cast<int>(input.packages.size());
            return finish(plan, option);
        }
        const auto waiting = std::find_if(s.lessons.begin(), s.lessons.end(), [&](const BillableLesson& l) {
            return l.lessonId == run->uncoveredLessonIds.first();
        });
        const QDate day = waiting != s.lessons.end() ? waiting->date() : s.assumptions.endDate;
        input.packages.append(
            PackagePurchase::fromPlan(terms, QStringLiteral("quote-package-%1").arg(input.packages.size() + 1), day));
    }
    return fail(
        Error::invalid(QStringLiteral("minutes"),
                       tr("Plan %1 would need more than %2 packages for this goal.").arg(plan.id).arg(kMaxPackages)));
}

Result<QuoteOption> QuoteCoster::project(const Plan& plan, const QuoteSchedule& s)
{
    const auto& terms = std::get<ProjectPlan>(plan.terms);
    auto amounts = ProjectBilling::allocate(terms);
    if (!amounts) {
        return fail(amounts.error());
    }
    QuoteOption option;
    for (qsizetype i = 0; i < terms.milestones.size(); ++i) {
        const auto& m = terms.milestones[i];
        PriceLine line;
        line.kind = PriceLine::Kind::Milestone;
        line.quantity = 1;
        line.unitPriceMinor = line.amountMinor = (*amounts)[i];
        line.args.label = m.label;
        line.args.date = m.dueDate.isValid() ? m.dueDate : s.assumptions.endDate;
        line.taxRateId = plan.taxRateId;
        line.planId = plan.id;
        line.sourceKind = PriceLine::Source::Milestone;
        line.sourceId = m.id;
        option.lines.append(line);
    }
    return finish(plan, option);
}

Result<QuoteOption> QuoteCoster::module(const Plan& plan, const QuoteSchedule& s)
{
    const auto& terms = std::get<ModulePlan>(plan.terms);
    QList<ModulePlan::Module> modules = terms.modules;
    std::stable_sort(modules.begin(), modules.end(),
                     [](const auto& a, const auto& b) { return a.position < b.position; });
    const QuoteAssumptions& a = s.assumptions;
    // Content studied so far and at the target, both × 1000 to stay in integers: T × E and P × C.
    const WideInt doneContent = static_cast<WideInt>(a.heldMinutesSoFar) * a.efficiencyPermille;
    const WideInt targetContent = static_cast<WideInt>(a.targetPermille) * a.contentMinutes;
    QuoteOption option;
    qint64 offset = 0; // content minutes before the module
    for (const auto& m : modules) {
        const WideInt start = static_cast<WideInt>(offset) * 1000;
        offset += m.contentMinutes;
        if (start < doneContent || start >= targetContent) {
            continue; // started before the quote, or not needed for the goal
        }
        // Study minutes (from the first quoted lesson) until the module's content starts.
        const auto studyMinutes = static_cast<qint64>(BillingMath::ceilDiv(start - doneContent, a.efficiencyPermille));
        PriceLine line;
        line.kind = PriceLine::Kind::Module;
        line.quantity = 1;
        line.unitPriceMinor = line.amountMinor = terms.priceOf(m);
        line.args.label = m.title;
        line.args.date = dateAfterMinutes(s, studyMinutes);
        line.taxRateId = plan.taxRateId;
        line.planId = plan.id;
        line.sourceKind = PriceLine::Source::Module;
        line.sourceId = m.moduleId;
        option.lines.append(line);
    }
    return finish(plan, option);
}

} // namespace mentordesk
