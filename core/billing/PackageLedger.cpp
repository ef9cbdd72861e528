// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PackageLedger.h"

#include "billing/AttendancePolicy.h"
#include "billing/BillingMath.h"
#include "billing/FieldKey.h"
#include "billing/LessonChecks.h"

#include <QSet>
#include <algorithm>

namespace mentordesk {

PackagePurchase PackagePurchase::fromPlan(const PackagePlan& plan, const QString& id, QDate purchasedOn)
{
    PackagePurchase p;
    p.id = id;
    p.purchasedOn = purchasedOn;
    p.minutes = plan.minutes;
    p.priceMinor = plan.priceMinor;
    if (plan.validityDays > 0) {
        p.validUntil = purchasedOn.addDays(plan.validityDays - 1);
    }
    return p;
}

namespace {

struct Slot
{
    PackagePurchase purchase;
    qint64 remaining = 0;

    [[nodiscard]] bool validOn(QDate day) const { return !purchase.validUntil.isValid() || day <= purchase.validUntil; }
};

bool drawsFirst(const Slot& a, const Slot& b)
{
    const QDate& ua = a.purchase.validUntil;
    const QDate& ub = b.purchase.validUntil;
    if (ua.isValid() != ub.isValid()) {
        return ua.isValid(); // expiring packages before those that never expire
    }
    if (ua != ub) {
        return ua < ub;
    }
    if (a.purchase.purchasedOn != b.purchase.purchasedOn) {
        return a.purchase.purchasedOn < b.purchase.purchasedOn;
    }
    return a.purchase.id < b.purchase.id;
}

Result<void> checkPackages(const QList<PackagePurchase>& packages)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < packages.size(); ++i) {
        const PackagePurchase& p = packages[i];
        const auto key = [&](const char* f) {
            return FieldKey::indexed(QStringLiteral("packages"), i, QString::fromLatin1(f));
        };
        if (p.id.trimmed().isEmpty() || ids.contains(p.id)) {
            return fail(Error::invalid(key("id"), PackageLedger::tr("Each package needs its own id.")));
        }
        ids.insert(p.id);
        if (!p.purchasedOn.isValid()) {
            return fail(Error::invalid(key("purchased_on"), PackageLedger::tr("A package needs its purchase date.")));
        }
        if (p.minutes < 1 || p.minutes > 10000LL * 60) {
            return fail(Error::invalid(key("minutes"),
                                       PackageLedger::tr("A package must hold between 1 minute and 10,000 hours.")));
        }
        if (p.usedMinutes < 0 || p.usedMinutes > p.minutes) {
            return fail(Error::invalid(
                key("used_minutes"), PackageLedger::tr("Package %1: used minutes must be between 0 and its %2 minutes.")
                                         .arg(p.id)
                                         .arg(p.minutes)));
        }
        if (auto ok = BillingMath::checkAmount(p.priceMinor, key("price")); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> checkInput(const Plan& plan, const AttendanceRules& rules, const PackageLedgerInput& input)
{
    if (auto ok = plan.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("plan")));
    }
    if (auto ok = rules.validate(); !ok) {
        return fail(FieldKey::prefixed(ok.error(), QStringLiteral("attendance")));
    }
    if (!input.asOf.isValid()) {
        return fail(
            Error::invalid(QStringLiteral("as_of"), PackageLedger::tr("Choose the day to report balances for.")));
    }
    if (auto ok = checkPackages(input.packages); !ok) {
        return ok;
    }
    return LessonChecks::lessons(input.lessons);
}

PriceLine baseLine(const Plan& plan, const BillableLesson& lesson, const AttendanceDecision& d)
{
    PriceLine line;
    line.unit = PriceLine::Unit::Minutes;
    line.args.date = lesson.date();
    line.args.attendance = d.status;
    line.args.shareBp = d.shareBp;
    line.taxRateId = plan.taxRateId;
    line.planId = plan.id;
    line.sourceKind = PriceLine::Source::Lesson;
    line.sourceId = lesson.lessonId;
    return line;
}

/// Takes `need` minutes (at most what is available) from the pool valid on the lesson's date.
qint64 draw(QList<Slot>& pool, const Plan& plan, const BillableLesson& lesson, const AttendanceDecision& d, qint64 need,
            PackageLedgerResult& out)
{
    qint64 left = need;
    for (Slot& slot : pool) {
        if (left == 0) {
            break;
        }
        if (!slot.validOn(lesson.date()) || slot.remaining == 0) {
            continue;
        }
        const qint64 take = std::min(left, slot.remaining);
        slot.remaining -= take;
        left -= take;
        out.draws.append(PackageDraw{lesson.lessonId, slot.purchase.id, take});
        PriceLine line = baseLine(plan, lesson, d);
        line.kind = PriceLine::Kind::PackageDraw;
        line.quantity = take;
        line.args.packageId = slot.purchase.id;
        line.args.remainingMinutes = slot.remaining;
        out.lines.append(line);
    }
    return need - left;
}

qint64 availableOn(const QList<Slot>& pool, QDate day)
{
    qint64 sum = 0;
    for (const Slot& s : pool) {
        if (s.validOn(day)) {
            sum += s.remaining;
        }
    }
    return sum;
}

} // namespace

Result<PackageLedgerResult> PackageLedger::run(const Plan& plan, const AttendanceRules& rules,
                                               const PackageLedgerInput& input)
{
    const auto* terms = std::get_if<PackagePlan>(&plan.terms);
    if (!terms) {
        return fail(Error::invalid(QStringLiteral("plan.kind"), tr("Plan %1 is not a package plan.").arg(plan.id)));
    }
    if (auto ok = checkInput(plan, rules, input); !ok) {
        return fail(ok.error());
    }
    PackageLedgerResult out;
    QList<Slot> pool;
    for (const PackagePurchase& p : input.packages) {
        pool.append(Slot{p, p.minutes - p.usedMinutes});
    }
    std::stable_sort(pool.begin(), pool.end(), drawsFirst);
    for (const Slot& s : pool) {
        if (s.purchase.billed) {
            continue;
        }
        PriceLine line;
        line.kind = PriceLine::Kind::PackagePurchase;
        line.quantity = 1;
        line.unitPriceMinor = line.amountMinor = s.purchase.priceMinor;
        line.args.date = s.purchase.purchasedOn;
        line.args.packageId = s.purchase.id;
        line.args.remainingMinutes = s.purchase.minutes;
        line.taxRateId = plan.taxRateId;
        line.planId = plan.id;
        line.sourceKind = PriceLine::Source::Package;
        line.sourceId = s.purchase.id;
        out.lines.append(line);
    }

    QList<BillableLesson> lessons = input.lessons;
    std::stable_sort(lessons.begin(), lessons.end(), BillableLesson::earlier);
    const AttendancePolicy policy(rules);
    const bool overage = terms->whenExhausted == PackagePlan::WhenExhausted::BillOverage;
    bool waiting = false; // NeedNewPackage: a lesson could not be covered, so every later one waits too
    for (const BillableLesson& lesson : lessons) {
        const AttendanceDecision d = policy.decide(lesson);
        if (!d.billable()) {
            out.unbilledLessonIds.append(lesson.lessonId);
            continue;
        }
        auto need = BillingMath::scaled(terms->rounding.apply(d.minutes), d.shareBp, BillingMath::kFullShareBp);
        if (!need) {
            return fail(need.error());
        }
        if (!overage && (waiting || availableOn(pool, lesson.date()) < *need)) {
            waiting = true;
            out.uncoveredLessonIds.append(lesson.lessonId);
            out.uncoveredMinutes += *need;
            continue;
        }
        if (*need == 0) {
            // Why: a lesson rounded to 0 minutes still gets a (zero) line, so it is linked and never re-billed.
            PriceLine line = baseLine(plan, lesson, d);
            line.kind = PriceLine::Kind::PackageDraw;
            out.lines.append(line);
            out.coveredLessonIds.append(lesson.lessonId);
            continue;
        }
        const qint64 rest = *need - draw(pool, plan, lesson, d, *need, out);
        if (rest > 0) {
            PriceLine line = baseLine(plan, lesson, d);
            line.kind = PriceLine::Kind::Overage;
            line.quantity = rest;
            line.unitPriceMinor = terms->overageRateMinor;
            auto amount = BillingMath::priceForMinutes(terms->overageRateMinor, rest);
            if (!amount) {
                return fail(amount.error());
            }
            line.amountMinor = *amount;
            out.lines.append(line);
        }
        out.coveredLessonIds.append(lesson.lessonId);
    }

    for (const Slot& s : pool) {
        const bool expired = s.purchase.validUntil.isValid() && s.purchase.validUntil < input.asOf;
        out.balances.append(PackageBalance{s.purchase.id, s.remaining, s.purchase.validUntil, expired});
        (expired ? out.expiredMinutes : out.remainingMinutes) += s.remaining;
    }
    out.exhausted = out.remainingMinutes == 0;
    out.lowBalance = terms->lowBalanceMinutes > 0 && out.remainingMinutes <= terms->lowBalanceMinutes;
    out.newPackageNeeded = !overage && (waiting || out.exhausted);
    return out;
}

} // namespace mentordesk
