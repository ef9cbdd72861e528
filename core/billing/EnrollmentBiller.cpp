// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/EnrollmentBiller.h"

#include "billing/AttendancePolicy.h"
#include "billing/FieldKey.h"
#include "billing/HourlyPricer.h"
#include "billing/SubscriptionPricer.h"
#include "billing/plans/PlanTimeline.h"

namespace mentordesk {

namespace {

const QString kLesson = QStringLiteral("lesson");

QDate earliest(QDate a, QDate b)
{
    if (!a.isValid()) {
        return b;
    }
    return b.isValid() && b < a ? b : a;
}

} // namespace

struct EnrollmentBiller::Context
{
    const BillingEnrollment& e;
    QString group;
    Output out;
    int makeUpCredits = 0;

    /// Appends the lines and returns the index of the first one appended.
    qsizetype add(const QList<PriceLine>& lines)
    {
        const qsizetype first = out.lines.size();
        for (const PriceLine& l : lines) {
            out.lines.append(DraftLine{l, e.learnerId, e.id, group, {}, {}});
        }
        return first;
    }
    /// The first line from `from` on that bills `kind`/`sourceId` (−1 when none).
    qsizetype find(qsizetype from, PriceLine::Source kind, const QString& sourceId) const
    {
        for (qsizetype i = from; i < out.lines.size(); ++i) {
            if (out.lines[i].line.sourceKind == kind && out.lines[i].line.sourceId == sourceId) {
                return i;
            }
        }
        return -1;
    }
    void link(qsizetype index, SourceLink l)
    {
        l.enrollmentId = e.id;
        l.planId = out.lines[index].line.planId;
        out.lines[index].links.append(std::move(l));
    }
    void linkLesson(qsizetype index, const QString& lessonId, int makeUpDelta = 0)
    {
        link(index, SourceLink{e.id, kLesson, lessonId, {}, {}, 0, {}, makeUpDelta});
    }
};

EnrollmentBiller::EnrollmentBiller(const BillingSnapshot& snapshot)
    : m_snapshot(snapshot)
{}

Result<EnrollmentBiller::Output> EnrollmentBiller::bill(const BillingEnrollment& e) const
{
    Context c{e, QStringLiteral("%1 — %2").arg(e.learnerName, e.title), {}, e.makeUpCredits};
    // Progress before each lesson counts every held lesson, billed or not; only unbilled billable lessons are priced.
    QList<BillableLesson> open;
    qint64 held = e.heldMinutesBefore;
    for (const WindowLesson& w : e.lessons) {
        BillableLesson l = w.lesson;
        if (e.contentMinutes > 0) {
            l.progressBefore = ProgressShare::fromMinutes(held, e.efficiencyPermille, e.contentMinutes);
        }
        if (l.status == BillableStatus::Held) {
            held += l.heldMinutes();
        }
        if (w.billable && !w.billed) {
            open.append(l);
        }
    }
    const BillingPeriod& month = m_snapshot.month;
    for (const Plan& plan : e.plans) {
        const QDate last = PlanTimeline::lastDay(e.plans, plan);
        if (plan.effectiveFrom > m_snapshot.windowEnd || (last.isValid() && last < month.start)) {
            continue;
        }
        QList<BillableLesson> lessons;
        for (const BillableLesson& l : std::as_const(open)) {
            const auto p = PlanTimeline::planOn(e.plans, l.date());
            if (p && p->id == plan.id) {
                lessons.append(l);
            }
        }
        Result<void> ok;
        switch (plan.kind()) {
        case PlanKind::Hourly:
            ok = hourly(c, plan, lessons);
            break;
        case PlanKind::Subscription:
            ok = subscription(c, plan, lessons);
            break;
        case PlanKind::Package:
            ok = package(c, plan, lessons);
            break;
        case PlanKind::Project:
            ok = project(c, plan);
            break;
        case PlanKind::Module:
            ok = modules(c, plan);
            break;
        }
        if (!ok) {
            return fail(FieldKey::prefixed(ok.error(), QStringLiteral("plan %1").arg(plan.id)));
        }
    }
    return c.out;
}

namespace {
QList<BillableLesson> within(const QList<BillableLesson>& lessons, const BillingPeriod& period)
{
    QList<BillableLesson> out;
    for (const BillableLesson& l : lessons) {
        if (period.contains(l.date())) {
            out.append(l);
        }
    }
    return out;
}
} // namespace

Result<void> EnrollmentBiller::hourly(Context& c, const Plan& plan, const QList<BillableLesson>& lessons) const
{
    HourlyPricingInput in;
    in.lessons = within(lessons, m_snapshot.month);
    in.efficiencyPermille = c.e.efficiencyPermille;
    in.contentMinutes = c.e.contentMinutes;
    in.oneOffFeeBilled = m_snapshot.billed.contains(BillingSnapshot::key(plan.id, QStringLiteral("plan"), plan.id));
    in.makeUpCredits = c.makeUpCredits;
    auto r = HourlyPricer::price(plan, m_snapshot.rules, in);
    if (!r) {
        return fail(r.error());
    }
    const qsizetype first = c.add(r->lines);
    if (const qsizetype fee = c.find(first, PriceLine::Source::Plan, plan.id); fee >= 0) {
        c.link(fee, SourceLink{plan.id, QStringLiteral("plan"), plan.id, {}, {}, 0, {}, 0});
    }
    const AttendancePolicy policy(m_snapshot.rules);
    int delta = 0;
    for (const BillableLesson& l : std::as_const(in.lessons)) {
        if (!r->billedLessonIds.contains(l.lessonId)) {
            continue;
        }
        const qsizetype index = c.find(first, PriceLine::Source::Lesson, l.lessonId);
        if (index < 0) {
            continue;
        }
        int makeUp = policy.decide(l).earnsMakeUpCredit ? 1 : 0;
        if (c.out.lines[index].line.kind == PriceLine::Kind::MakeUpCredit) {
            makeUp = -1;
        }
        delta += makeUp;
        c.linkLesson(index, l.lessonId, makeUp);
    }
    if (c.makeUpCredits + delta != r->makeUpCredits) {
        c.out.warnings.append(tr("Make-up credits of %1 do not add up (%2 + %3 ≠ %4); please check its late "
                                 "cancellations and make-up lessons.")
                                  .arg(c.group)
                                  .arg(c.makeUpCredits)
                                  .arg(delta)
                                  .arg(r->makeUpCredits));
    }
    c.makeUpCredits = r->makeUpCredits;
    return {};
}

Result<void> EnrollmentBiller::subscription(Context& c, const Plan& plan, const QList<BillableLesson>& lessons) const
{
    Plan p = plan;
    auto& terms = std::get<SubscriptionPlan>(p.terms);
    terms.endsOn = earliest(earliest(terms.endsOn, PlanTimeline::lastDay(c.e.plans, plan)), c.e.endsOn);
    const BillingPeriod& month = m_snapshot.month;
    QList<BillingPeriod> periods;
    if (terms.period == PeriodUnit::Month) {
        periods.append(month);
    } else {
        BillingPeriod w = BillingPeriod::containing(month.start, PeriodUnit::Week, terms.weekStartsOn);
        if (w.start < month.start) {
            w = w.next();
        }
        for (; w.start <= month.end; w = w.next()) {
            periods.append(w);
        }
    }
    const BillingPeriod before =
        BillingPeriod::containing(periods.constFirst().start.addDays(-1), terms.period, terms.weekStartsOn);
    qint64 rollover = m_snapshot.rolloverOut.value(plan.id + u'|' + before.key(), 0);
    for (const BillingPeriod& period : std::as_const(periods)) {
        const QString periodKey = period.key();
        if (m_snapshot.billed.contains(
                BillingSnapshot::key(plan.id, QStringLiteral("subscription_period"), periodKey))) {
            rollover = m_snapshot.rolloverOut.value(plan.id + u'|' + periodKey, 0);
            continue;
        }
        if (plan.effectiveFrom > period.end || (terms.endsOn.isValid() && terms.endsOn < period.start)) {
            continue;
        }
        auto r = SubscriptionPricer::price(p, m_snapshot.rules, {period.start, within(lessons, period), rollover});
        if (!r) {
            return fail(r.error());
        }
        rollover = r->rolloverOutMinutes;
        if (r->lines.isEmpty()) {
            continue;
        }
        const qsizetype first = c.add(r->lines);
        c.link(first,
               SourceLink{
                   plan.id, QStringLiteral("subscription_period"), periodKey, {}, {}, r->rolloverOutMinutes, {}, 0});
        for (const QString& id : std::as_const(r->coveredLessonIds)) {
            c.linkLesson(first, id);
        }
    }
    return {};
}

Result<void> EnrollmentBiller::package(Context& c, const Plan& plan, const QList<BillableLesson>& lessons) const
{
    const auto& terms = std::get<PackagePlan>(plan.terms);
    QList<PackagePurchase> purchases;
    for (const PackagePurchase& p : m_snapshot.purchases.value(plan.id)) {
        if (p.purchasedOn <= m_snapshot.month.end) {
            purchases.append(p);
        }
    }
    const QList<BillableLesson> monthLessons = within(lessons, m_snapshot.month);
    Result<PackageLedgerResult> r = fail(Error::invalid(QStringLiteral("plan"), QString()));
    for (int attempt = 0; attempt < 100; ++attempt) {
        r = PackageLedger::run(plan, m_snapshot.rules, {purchases, monthLessons, m_snapshot.month.end});
        if (!r) {
            return fail(r.error());
        }
        if (terms.whenExhausted != PackagePlan::WhenExhausted::NeedNewPackage || r->uncoveredLessonIds.isEmpty()) {
            break;
        }
        QDate first;
        for (const BillableLesson& l : monthLessons) {
            if (r->uncoveredLessonIds.contains(l.lessonId) && (!first.isValid() || l.date() < first)) {
                first = l.date();
            }
        }
        const PackagePurchase bought = PackagePurchase::fromPlan(terms, newId(), first);
        purchases.append(bought);
        StoredPackagePurchase stored;
        stored.meta.id = bought.id;
        stored.planId = plan.id;
        stored.enrollmentId = c.e.id;
        stored.purchasedOn = bought.purchasedOn;
        stored.minutes = bought.minutes;
        stored.priceMinor = bought.priceMinor;
        stored.validUntil = bought.validUntil;
        c.out.packagesBought.append(stored);
    }
    if (!r->uncoveredLessonIds.isEmpty()) {
        c.out.warnings.append(tr("%1: %n lesson(s) wait for a new prepaid package.", nullptr,
                                 static_cast<int>(r->uncoveredLessonIds.size()))
                                  .arg(c.group));
    }
    if (r->lowBalance && !r->exhausted) {
        c.out.warnings.append(
            tr("%1: the prepaid package is running low (%2 min left).").arg(c.group).arg(r->remainingMinutes));
    }
    const qsizetype first = c.add(r->lines);
    for (qsizetype i = first; i < c.out.lines.size(); ++i) {
        const PriceLine& line = c.out.lines[i].line;
        if (line.kind == PriceLine::Kind::PackagePurchase) {
            c.link(i, SourceLink{plan.id, QStringLiteral("package"), line.sourceId, {}, {}, 0, line.sourceId, 0});
        }
    }
    for (const PackageDraw& d : std::as_const(r->draws)) {
        for (qsizetype i = first; i < c.out.lines.size(); ++i) {
            const PriceLine& line = c.out.lines[i].line;
            if (line.kind == PriceLine::Kind::PackageDraw && line.sourceId == d.lessonId &&
                line.args.packageId == d.packageId) {
                c.link(i, SourceLink{plan.id,
                                     QStringLiteral("package_draw"),
                                     d.lessonId + u'/' + d.packageId,
                                     {},
                                     {},
                                     d.minutes,
                                     d.packageId,
                                     0});
                break;
            }
        }
    }
    for (const QString& id : std::as_const(r->coveredLessonIds)) {
        if (const qsizetype index = c.find(first, PriceLine::Source::Lesson, id); index >= 0) {
            c.linkLesson(index, id);
        }
    }
    return {};
}

Result<void> EnrollmentBiller::project(Context& c, const Plan& plan) const
{
    auto r = ProjectBilling::due(plan, {m_snapshot.milestones.value(plan.id), m_snapshot.month.end});
    if (!r) {
        return fail(r.error());
    }
    const qsizetype first = c.add(r->lines);
    for (qsizetype i = first; i < c.out.lines.size(); ++i) {
        c.link(i, SourceLink{plan.id, QStringLiteral("milestone"), c.out.lines[i].line.sourceId, {}, {}, 0, {}, 0});
    }
    return {};
}

Result<void> EnrollmentBiller::modules(Context& c, const Plan& plan) const
{
    const auto& terms = std::get<ModulePlan>(plan.terms);
    QList<ModuleStart> starts;
    QSet<QString> recorded;
    for (const ModuleStart& s : c.e.moduleStarts) {
        starts.append(s);
        recorded.insert(s.moduleId);
    }
    // Derived starts: module k starts with the held lesson in which T × E reaches the content before it.
    QList<ModulePlan::Module> ordered = terms.modules;
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.position < b.position; });
    qint64 offset = 0;
    for (const ModulePlan::Module& m : std::as_const(ordered)) {
        const qint64 before = offset;
        offset += m.contentMinutes;
        if (recorded.contains(m.moduleId)) {
            continue;
        }
        const auto reached = [&](qint64 heldMinutes) {
            return heldMinutes > 0 && heldMinutes * c.e.efficiencyPermille >= before * 1000;
        };
        QDate startedOn;
        if (reached(c.e.heldMinutesBefore)) {
            startedOn = m_snapshot.month.start;
        } else {
            qint64 held = c.e.heldMinutesBefore;
            for (const WindowLesson& w : c.e.lessons) {
                if (w.lesson.status != BillableStatus::Held) {
                    continue;
                }
                held += w.lesson.heldMinutes();
                if (reached(held)) {
                    startedOn = w.lesson.date();
                    break;
                }
            }
        }
        if (startedOn.isValid() && startedOn >= plan.effectiveFrom) {
            starts.append(ModuleStart{m.moduleId, startedOn, false});
        }
    }
    for (ModuleStart& s : starts) {
        s.billed = c.e.billedModules.contains(s.moduleId);
    }
    auto r = ModuleBilling::due(plan, {starts, m_snapshot.month.end});
    if (!r) {
        return fail(r.error());
    }
    const qsizetype first = c.add(r->lines);
    for (qsizetype i = first; i < c.out.lines.size(); ++i) {
        c.link(i, SourceLink{c.e.id, QStringLiteral("module"), c.out.lines[i].line.sourceId, {}, {}, 0, {}, 0});
    }
    return {};
}

} // namespace mentordesk
