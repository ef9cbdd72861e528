// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingTestSupport.h"
#include "billing/BillingMath.h"
#include "billing/DiscountApplier.h"
#include "billing/HourlyPricer.h"
#include "billing/PackageLedger.h"
#include "billing/ProjectBilling.h"
#include "billing/SubscriptionPricer.h"
#include "billing/TaxCalculator.h"

#include <QHash>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <set>
#include <vector>

using namespace mentordesk;
using namespace mentordesk::test;

// Why: RC_ASSERT decomposes its expression, so `a && b` / `a || b` would evaluate both sides; compound
// conditions are wrapped in an extra pair of parentheses to keep C++ short-circuiting.

namespace {

QList<TaxRate> randomRates()
{
    const int count = *rc::gen::inRange(1, 5);
    QList<TaxRate> rates;
    for (int i = 0; i < count; ++i) {
        rates.append(TaxRate{QStringLiteral("r%1").arg(i), QStringLiteral("Rate %1").arg(i),
                             *rc::gen::inRange<qint64>(0, 10001)});
    }
    return rates;
}

/// Lines with amounts in [lo, hi) spread over `rates` and the untaxed group.
QList<PriceLine> randomLines(const QList<TaxRate>& rates, qint64 lo, qint64 hi)
{
    const auto amounts = *rc::gen::container<std::vector<qint64>>(rc::gen::inRange<qint64>(lo, hi));
    QList<PriceLine> lines;
    for (const qint64 amount : amounts) {
        PriceLine l;
        l.amountMinor = amount;
        const auto r = *rc::gen::inRange<qsizetype>(0, rates.size() + 1);
        l.taxRateId = r < rates.size() ? rates[r].id : QString();
        l.planId = *rc::gen::element(QStringLiteral("plan-a"), QStringLiteral("plan-b"));
        lines.append(l);
    }
    return lines;
}

qint64 sumOf(const QList<PriceLine>& lines)
{
    qint64 s = 0;
    for (const auto& l : lines) {
        s += l.amountMinor;
    }
    return s;
}

} // namespace

RC_GTEST_PROP(BillingPropertyTest, InvoiceTotalIsLinesPlusTaxes, ())
{
    const QList<TaxRate> rates = randomRates();
    const QList<PriceLine> lines = randomLines(rates, -1'000'000'000, 1'000'000'000);
    const TaxMode mode = *rc::gen::element(TaxMode::Exclusive, TaxMode::Inclusive);
    const auto s = TaxCalculator::summarize(lines, rates, mode);
    RC_ASSERT(s.has_value());
    RC_ASSERT(s->linesTotal == sumOf(lines));
    RC_ASSERT(s->grandTotal == s->netTotal + s->taxTotal);
    if (mode == TaxMode::Exclusive) {
        RC_ASSERT(s->grandTotal == sumOf(lines) + s->taxTotal);
    } else {
        RC_ASSERT(s->grandTotal == sumOf(lines));
    }
    qint64 taxes = 0;
    for (const auto& g : s->groups) {
        taxes += g.tax;
        RC_ASSERT(g.gross == g.net + g.tax);
        // One half-up rounding per rate: the tax is within half a minor unit of the exact value.
        if (mode == TaxMode::Exclusive) {
            const WideInt error = WideInt{g.tax} * 10000 - WideInt{g.linesSubtotal} * g.rateBp;
            RC_ASSERT((error <= 5000 && error >= -5000));
        } else {
            const WideInt error = WideInt{g.net} * (10000 + g.rateBp) - WideInt{g.linesSubtotal} * 10000;
            RC_ASSERT((2 * error <= 10000 + g.rateBp && -2 * error <= 10000 + g.rateBp));
        }
    }
    RC_ASSERT(taxes == s->taxTotal);
}

RC_GTEST_PROP(BillingPropertyTest, DiscountedInvoiceNeverGoesBelowZero, ())
{
    const QList<TaxRate> rates = randomRates();
    const QList<PriceLine> lines = randomLines(rates, 0, 10'000'000);
    QList<Discount> discounts;
    const int count = *rc::gen::inRange(0, 4);
    for (int i = 0; i < count; ++i) {
        Discount d;
        d.id = QStringLiteral("d%1").arg(i);
        d.label = d.id;
        d.kind = *rc::gen::element(Discount::Kind::Percent, Discount::Kind::Fixed);
        d.value = d.kind == Discount::Kind::Percent ? *rc::gen::inRange<qint64>(1, 10001)
                                                    : *rc::gen::inRange<qint64>(1, 100'000'000);
        d.scope = *rc::gen::element(Discount::Scope::Plan, Discount::Scope::Payer);
        d.planId = QStringLiteral("plan-a");
        discounts.append(d);
    }
    const auto discountLines = DiscountApplier::apply(lines, discounts);
    RC_ASSERT(discountLines.has_value());
    QHash<QString, qint64> perRate;
    for (const auto& l : lines + *discountLines) {
        perRate[l.taxRateId] += l.amountMinor;
    }
    for (const qint64 subtotal : perRate) {
        RC_ASSERT(subtotal >= 0);
    }
    for (const auto& l : *discountLines) {
        RC_ASSERT(l.amountMinor < 0);
    }
    const TaxMode mode = *rc::gen::element(TaxMode::Exclusive, TaxMode::Inclusive);
    const auto s = TaxCalculator::summarize(lines + *discountLines, rates, mode);
    RC_ASSERT(s.has_value());
    RC_ASSERT(s->grandTotal >= 0);
    RC_ASSERT(s->grandTotal == s->netTotal + s->taxTotal);
}

RC_GTEST_PROP(BillingPropertyTest, FixedDiscountIsExactlyItsValueOrTheWholeBase, ())
{
    const QList<TaxRate> rates = randomRates();
    const QList<PriceLine> lines = randomLines(rates, 1, 10'000'000);
    const qint64 value = *rc::gen::inRange<qint64>(1, 100'000'000);
    const auto d = DiscountApplier::apply(
        lines,
        {Discount{QStringLiteral("f"), QStringLiteral("F"), Discount::Kind::Fixed, value, Discount::Scope::Payer, {}}});
    RC_ASSERT(d.has_value());
    RC_ASSERT(-sumOf(*d) == std::min(value, sumOf(lines)));
}

RC_GTEST_PROP(BillingPropertyTest, ProjectMilestonesAlwaysSumToThePrice, ())
{
    const qint64 price = *rc::gen::inRange<qint64>(0, 10'000'000'000'000);
    const auto cuts = *rc::gen::container<std::set<qint64>>(rc::gen::inRange<qint64>(1, 10000));
    ProjectPlan p;
    p.priceMinor = price;
    qint64 previous = 0;
    std::vector<qint64> bounds(cuts.begin(), cuts.end());
    if (bounds.size() > 60) {
        bounds.resize(60);
    }
    bounds.push_back(10000);
    for (const qint64 bound : bounds) {
        p.milestones.append(ProjectPlan::Milestone{QStringLiteral("m%1").arg(bound), QStringLiteral("M"), 0,
                                                   bound - previous, QDate()});
        previous = bound;
    }
    const auto amounts = ProjectBilling::allocate(p);
    RC_ASSERT(amounts.has_value());
    qint64 total = 0;
    for (qsizetype i = 0; i < amounts->size(); ++i) {
        const qint64 a = (*amounts)[i];
        RC_ASSERT(a >= 0);
        // Within one minor unit of the exact share.
        const WideInt error = WideInt{a} * 10000 - WideInt{price} * p.milestones[i].percentBp;
        RC_ASSERT((error < 10000 && error > -10000));
        total += a;
    }
    RC_ASSERT(total == price);
}

RC_GTEST_PROP(BillingPropertyTest, PackageBalanceNeverNegativeWithoutOverage, ())
{
    PackagePlan terms;
    terms.minutes = *rc::gen::inRange<qint64>(1, 1200);
    terms.priceMinor = 90000;
    terms.validityDays = *rc::gen::inRange(0, 60);
    terms.whenExhausted =
        *rc::gen::element(PackagePlan::WhenExhausted::NeedNewPackage, PackagePlan::WhenExhausted::BillOverage);
    terms.overageRateMinor = 12000;
    terms.rounding =
        RoundingRule{*rc::gen::element(1, 5, 15, 30, 60),
                     *rc::gen::element(RoundingDirection::Up, RoundingDirection::Nearest, RoundingDirection::Down)};
    PackageLedgerInput in;
    in.asOf = QDate(2026, 4, 1);
    const int packages = *rc::gen::inRange(0, 4);
    for (int i = 0; i < packages; ++i) {
        PackagePurchase p = PackagePurchase::fromPlan(terms, QStringLiteral("p%1").arg(i),
                                                      QDate(2026, 1, 1).addDays(*rc::gen::inRange(0, 90)));
        p.minutes = *rc::gen::inRange<qint64>(1, 1200);
        p.usedMinutes = *rc::gen::inRange<qint64>(0, p.minutes + 1);
        in.packages.append(p);
    }
    const int lessons = *rc::gen::inRange(0, 25);
    for (int i = 0; i < lessons; ++i) {
        in.lessons.append(lessonWithStatus(
            QStringLiteral("l%1").arg(i), QDate(2026, 1, 1).addDays(*rc::gen::inRange(0, 90)),
            *rc::gen::inRange(1, 181),
            *rc::gen::element(BillableStatus::Held, BillableStatus::NoShow, BillableStatus::CancelledByMentor)));
    }
    const auto r = PackageLedger::run(makePlan(terms), AttendanceRules{}, in);
    RC_ASSERT(r.has_value());
    QHash<QString, qint64> drawn;
    QHash<QString, qint64> perLesson;
    for (const auto& d : r->draws) {
        RC_ASSERT(d.minutes > 0);
        drawn[d.packageId] += d.minutes;
        perLesson[d.lessonId] += d.minutes;
    }
    for (const auto& p : in.packages) {
        RC_ASSERT(drawn.value(p.id) <= p.minutes - p.usedMinutes);
    }
    for (const auto& b : r->balances) {
        RC_ASSERT(b.remainingMinutes >= 0);
    }
    QHash<QString, qint64> overage;
    for (const auto& l : linesOfKind(r->lines, PriceLine::Kind::Overage)) {
        overage[l.sourceId] += l.quantity;
    }
    if (terms.whenExhausted == PackagePlan::WhenExhausted::NeedNewPackage) {
        RC_ASSERT(overage.isEmpty());
    }
    for (const auto& lesson : in.lessons) {
        const qint64 need = terms.rounding.apply(lesson.plannedMinutes);
        if (lesson.status == BillableStatus::CancelledByMentor) {
            RC_ASSERT(r->unbilledLessonIds.contains(lesson.lessonId));
        } else if (r->uncoveredLessonIds.contains(lesson.lessonId)) {
            RC_ASSERT(perLesson.value(lesson.lessonId) == 0);
        } else {
            RC_ASSERT(r->coveredLessonIds.contains(lesson.lessonId));
            RC_ASSERT(perLesson.value(lesson.lessonId) + overage.value(lesson.lessonId) == need);
        }
    }
}

RC_GTEST_PROP(BillingPropertyTest, ProgressSplitKeepsEveryMinuteAndStaysBetweenTheRates, ())
{
    const qint64 rate = *rc::gen::inRange<qint64>(1, 100'000'000);
    HourlyPlan h = hourlyTerms(rate);
    h.progressDiscount = HourlyPlan::ProgressDiscount{*rc::gen::inRange(1, 1001), *rc::gen::inRange<qint64>(0, rate)};
    HourlyPricingInput in;
    in.efficiencyPermille = *rc::gen::inRange(50, 2001);
    in.contentMinutes = *rc::gen::inRange<qint64>(1, 600'000);
    const int minutes = *rc::gen::inRange(1, 1441);
    BillableLesson l = heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), minutes);
    l.progressBefore =
        ProgressShare::fromMinutes(*rc::gen::inRange<qint64>(0, 700'000), in.efficiencyPermille, in.contentMinutes);
    in.lessons = {l};
    const auto r = HourlyPricer::price(makePlan(h), AttendanceRules{}, in);
    RC_ASSERT(r.has_value());
    qint64 billed = 0;
    for (const auto& line : r->lines) {
        billed += line.quantity;
    }
    RC_ASSERT(billed == minutes);
    const qint64 beforeThreshold =
        l.progressBefore.minutesUntil(h.progressDiscount->thresholdPermille, in.efficiencyPermille, in.contentMinutes);
    RC_ASSERT(r->lines[0].args.discountedRate == (beforeThreshold == 0));
    const qint64 total = sumOf(r->lines);
    const qint64 atFull = *BillingMath::priceForMinutes(rate, minutes);
    const qint64 atDiscount = *BillingMath::priceForMinutes(h.progressDiscount->rateMinor, minutes);
    RC_ASSERT(total <= atFull + 1);
    RC_ASSERT(total >= atDiscount - 1);
}

RC_GTEST_PROP(BillingPropertyTest, SubscriptionMinutesAreConserved, ())
{
    SubscriptionPlan s;
    s.feeMinor = *rc::gen::inRange<qint64>(0, 1'000'000);
    s.includedMinutes = *rc::gen::inRange<qint64>(1, 3000);
    s.overageRateMinor = 12000;
    s.rollover = *rc::gen::element(SubscriptionPlan::Rollover::None, SubscriptionPlan::Rollover::Capped,
                                   SubscriptionPlan::Rollover::OnePeriod);
    s.rolloverCapMinutes = *rc::gen::inRange<qint64>(1, 3000);
    if (*rc::gen::arbitrary<bool>()) {
        s.pauses = {SubscriptionPlan::Pause{QDate(2026, 3, 10), QDate(2026, 3, 10).addDays(*rc::gen::inRange(0, 40))}};
    }
    SubscriptionPeriodInput in;
    in.day = QDate(2026, 3, 1);
    in.rolloverInMinutes = *rc::gen::inRange<qint64>(0, 3000);
    const int lessons = *rc::gen::inRange(0, 20);
    for (int i = 0; i < lessons; ++i) {
        in.lessons.append(heldLesson(QStringLiteral("l%1").arg(i), QDate(2026, 3, 1).addDays(*rc::gen::inRange(0, 31)),
                                     *rc::gen::inRange(1, 181)));
    }
    Plan plan = makePlan(s);
    plan.effectiveFrom = QDate(2026, 3, 1).addDays(*rc::gen::inRange(-40, 40));
    const auto r = SubscriptionPricer::price(plan, AttendanceRules{}, in);
    RC_ASSERT(r.has_value());
    RC_ASSERT(r->rolloverInMinutes + r->allowanceMinutes ==
              (r->usedMinutes - r->overageMinutes) + r->rolloverOutMinutes + r->forfeitedMinutes);
    RC_ASSERT((r->overageMinutes >= 0 && r->rolloverOutMinutes >= 0 && r->forfeitedMinutes >= 0));
    RC_ASSERT(r->allowanceMinutes <= s.includedMinutes);
    if (s.rollover == SubscriptionPlan::Rollover::Capped) {
        RC_ASSERT(r->rolloverOutMinutes <= s.rolloverCapMinutes);
    }
    if (s.rollover == SubscriptionPlan::Rollover::None) {
        RC_ASSERT(r->rolloverOutMinutes == 0);
    }
    RC_ASSERT(sumOf(r->lines) >= 0);
    const auto fees = linesOfKind(r->lines, PriceLine::Kind::SubscriptionFee);
    RC_ASSERT(fees.size() == (r->activeDays > 0 ? 1 : 0));
    RC_ASSERT((fees.isEmpty() || fees[0].amountMinor <= s.feeMinor));
}
