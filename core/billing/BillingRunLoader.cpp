// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingRunLoader.h"

#include "billing/PlanRepository.h"
#include "billing/plans/PlanTimeline.h"
#include "storage/Query.h"

#include <functional>

namespace mentordesk {

namespace {

const QString kLive = QStringLiteral(" AND b.deleted_at IS NULL AND b.released_at IS NULL");

/// Runs `sqlWithIn` (containing "%IN%") once per chunk of ids, binding `before` values first.
Result<void> forChunks(Database& db, const QString& sqlWithIn, const QStringList& ids, const QStringList& before,
                       const std::function<void(const Statement&)>& row)
{
    constexpr qsizetype kChunk = 400;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < chunk.size(); ++i) {
            marks += QStringLiteral(",?");
        }
        auto s = db.prepare(QString(sqlWithIn).replace(QStringLiteral("%IN%"), marks));
        if (!s) {
            return fail(s.error());
        }
        for (const QString& b : before) {
            s->bind(b);
        }
        for (const QString& id : chunk) {
            s->bind(id);
        }
        if (auto ok = s->exec(); !ok) {
            return ok;
        }
        while (s->next()) {
            row(*s);
        }
    }
    return {};
}

std::optional<BillableStatus> billableStatus(const QString& key)
{
    for (const auto st : {BillableStatus::Held, BillableStatus::CancelledByLearner, BillableStatus::LateCancel,
                          BillableStatus::NoShow, BillableStatus::CancelledByMentor}) {
        if (BillableLesson::statusKey(st) == key) {
            return st;
        }
    }
    return std::nullopt;
}

/// False only for a plan that bills nothing in a month without lessons: an hourly plan without a one-off fee
/// (and without a progress discount, whose model the pricer checks even then).
bool billsWithoutLessonsPossible(const Plan& plan)
{
    const auto* h = std::get_if<HourlyPlan>(&plan.terms);
    return !h || h->oneOffFeeMinor > 0 || h->progressDiscount.has_value();
}

bool inForce(const QList<Plan>& plans, const Plan& plan, const BillingSnapshot& s)
{
    const QDate last = PlanTimeline::lastDay(plans, plan);
    return plan.effectiveFrom <= s.windowEnd && (!last.isValid() || last >= s.month.start);
}

} // namespace

BillingRunLoader::BillingRunLoader(Database& db)
    : m_db(db)
{}

Result<BillingSnapshot> BillingRunLoader::load(const BillingPeriod& month, const QTimeZone& zone,
                                               const QString& currency, const BillingSettings& settings,
                                               const QList<TaxRate>& taxRates)
{
    BillingSnapshot s;
    s.month = month;
    s.windowEnd = month.end.addDays(6);
    s.currency = currency;
    s.rules = settings.attendance;
    s.taxMode = settings.taxMode;
    s.taxRates = taxRates;
    QHash<Id, qsizetype> index;
    auto lessons = loadLessons(s, zone);
    if (!lessons) {
        return fail(lessons.error());
    }
    if (auto ok = loadEnrollments(s, index, *lessons); !ok) {
        return fail(ok.error());
    }
    if (auto ok = loadProgress(s, index, toSqlTime(month.start.startOfDay(zone))); !ok) {
        return fail(ok.error());
    }
    if (auto ok = loadBilled(s, index); !ok) {
        return fail(ok.error());
    }
    auto payers = Query::run(m_db, QStringLiteral("SELECT id, name, invoice_language FROM payers WHERE deleted_at IS "
                                                  "NULL"));
    if (!payers) {
        return fail(payers.error());
    }
    while (payers->next()) {
        s.payerNames.insert(payers->text(0), payers->text(1));
        s.payerLanguages.insert(payers->text(0), payers->text(2));
    }
    auto discounts = PlanRepository(m_db).discounts();
    if (!discounts) {
        return fail(discounts.error());
    }
    s.discounts = *discounts;
    return s;
}

Result<void> BillingRunLoader::loadEnrollments(BillingSnapshot& s, QHash<Id, qsizetype>& index,
                                               QHash<Id, QList<WindowLesson>>& lessons)
{
    auto plans = PlanRepository(m_db).plansByEnrollment(s.windowEnd);
    if (!plans) {
        return fail(plans.error());
    }
    const QHash<Id, QList<Plan>>& byEnrollment = *plans;
    QStringList ids;
    for (auto it = byEnrollment.cbegin(); it != byEnrollment.cend(); ++it) {
        bool inForceAny = false;
        bool billsWithoutLessons = false;
        for (const Plan& p : it.value()) {
            if (inForce(it.value(), p, s)) {
                inForceAny = true;
                billsWithoutLessons = billsWithoutLessons || billsWithoutLessonsPossible(p);
            }
        }
        // Why the second test: most enrollments of a studio's history have ended, with an open-ended hourly
        // plan; without a lesson in the window such a plan bills nothing, so the run need not read them.
        if (inForceAny && (billsWithoutLessons || lessons.contains(it.key()))) {
            ids.append(it.key());
        }
    }
    std::sort(ids.begin(), ids.end());
    return forChunks(
        m_db,
        QStringLiteral("SELECT e.id, e.learner_id, l.name, COALESCE(l.payer_id, ''), "
                       "COALESCE(NULLIF(e.title, ''), c.title, ''), COALESCE(e.course_id, ''), e.efficiency_permille, "
                       "e.target_minutes, COALESCE(c.content_minutes, 0), COALESCE(e.planned_end_date, ''), e.status, "
                       "e.updated_at FROM enrollments e JOIN learners l ON l.id = e.learner_id "
                       "LEFT JOIN courses c ON c.id = e.course_id WHERE e.deleted_at IS NULL AND e.id IN (%IN%) "
                       "ORDER BY e.id"),
        ids, {}, [&](const Statement& r) {
            BillingEnrollment e;
            e.id = r.text(0);
            e.learnerId = r.text(1);
            e.learnerName = r.text(2);
            e.payerId = r.text(3);
            e.title = r.text(4);
            e.courseId = r.text(5);
            e.efficiencyPermille = static_cast<int>(r.integer(6));
            e.contentMinutes = e.courseId.isEmpty() ? r.integer(7) : r.integer(8);
            e.endsOn = fromSqlDate(r.text(9));
            const QString status = r.text(10);
            if (!e.endsOn.isValid() &&
                (status == QStringLiteral("completed") || status == QStringLiteral("cancelled"))) {
                // Why: the schema keeps no end date for finished enrollments; the last change is when it ended.
                e.endsOn = fromSqlTime(r.text(11)).date();
            }
            e.plans = byEnrollment.value(e.id);
            e.lessons = lessons.take(e.id);
            index.insert(e.id, s.enrollments.size());
            s.enrollments.append(std::move(e));
        });
}

Result<QHash<Id, QList<WindowLesson>>> BillingRunLoader::loadLessons(const BillingSnapshot& s, const QTimeZone& zone)
{
    // Local day boundaries as UTC text, so each lesson's local date is a string comparison.
    QStringList boundaries;
    for (QDate d = s.month.start; d <= s.windowEnd.addDays(1); d = d.addDays(1)) {
        boundaries.append(toSqlTime(d.startOfDay(zone)));
    }
    auto q = Query::run(
        m_db,
        QStringLiteral(
            "SELECT a.enrollment_id, l.id, l.starts_at, l.planned_minutes, l.actual_minutes, "
            "COALESCE(a.status, l.status), l.cancelled_at, l.make_up, l.billable, "
            "EXISTS (SELECT 1 FROM billed_sources b WHERE b.scope_id = a.enrollment_id AND b.source_kind = 'lesson' "
            "AND b.source_id = l.id AND b.deleted_at IS NULL AND b.released_at IS NULL) "
            "FROM lessons l JOIN lesson_attendees a ON a.lesson_id = l.id AND a.deleted_at IS NULL "
            "WHERE l.starts_at >= ? AND l.starts_at < ? AND l.deleted_at IS NULL "
            "AND COALESCE(a.status, l.status) <> 'scheduled' ORDER BY l.starts_at, l.id"),
        boundaries.constFirst(), boundaries.constLast());
    if (!q) {
        return fail(q.error());
    }
    QHash<Id, QList<WindowLesson>> byEnrollment;
    qsizetype day = 0;
    while (q->next()) {
        const auto status = billableStatus(q->text(5));
        if (!status) {
            continue;
        }
        const QString startsAt = q->text(2);
        while (day + 1 < boundaries.size() && boundaries[day + 1] <= startsAt) {
            ++day;
        }
        WindowLesson w;
        w.lesson.lessonId = q->text(1);
        w.lesson.startsAt = fromSqlTime(startsAt);
        w.lesson.localDate = s.month.start.addDays(day);
        w.lesson.plannedMinutes = static_cast<int>(q->integer(3));
        if (!q->isNull(4)) {
            w.lesson.actualMinutes = static_cast<int>(q->integer(4));
        }
        w.lesson.status = *status;
        w.lesson.cancelledAt = fromSqlTime(q->text(6));
        w.lesson.makeUp = q->integer(7) != 0;
        w.billable = q->integer(8) != 0;
        w.billed = q->integer(9) != 0;
        byEnrollment[q->text(0)].append(w);
    }
    return byEnrollment;
}

Result<void> BillingRunLoader::loadProgress(BillingSnapshot& s, const QHash<Id, qsizetype>& index,
                                            const QString& windowStartUtc)
{
    QStringList ids;
    for (const BillingEnrollment& e : std::as_const(s.enrollments)) {
        const bool needs = std::any_of(e.plans.cbegin(), e.plans.cend(), [&](const Plan& p) {
            const auto* h = std::get_if<HourlyPlan>(&p.terms);
            return inForce(e.plans, p, s) && ((h && h->progressDiscount) || p.kind() == PlanKind::Module);
        });
        if (needs) {
            ids.append(e.id);
        }
    }
    return forChunks(
        m_db,
        QStringLiteral("SELECT a.enrollment_id, sum(COALESCE(l.actual_minutes, l.planned_minutes)) FROM "
                       "lesson_attendees a JOIN lessons l ON l.id = a.lesson_id WHERE a.deleted_at IS NULL "
                       "AND l.deleted_at IS NULL AND COALESCE(a.status, l.status) = 'held' AND "
                       "l.starts_at < ? AND a.enrollment_id IN (%IN%) GROUP BY a.enrollment_id"),
        ids, {windowStartUtc},
        [&](const Statement& r) { s.enrollments[index.value(r.text(0))].heldMinutesBefore = r.integer(1); });
}

Result<void> BillingRunLoader::loadBilled(BillingSnapshot& s, const QHash<Id, qsizetype>& index)
{
    QStringList feePlans;
    QStringList packagePlans;
    QStringList projectPlans;
    QStringList moduleEnrollments;
    QStringList allEnrollments;
    for (const BillingEnrollment& e : std::as_const(s.enrollments)) {
        allEnrollments.append(e.id);
        for (const Plan& p : e.plans) {
            if (!inForce(e.plans, p, s)) {
                continue;
            }
            if (const auto* h = std::get_if<HourlyPlan>(&p.terms); h && h->oneOffFeeMinor > 0) {
                feePlans.append(p.id);
            } else if (p.kind() == PlanKind::Package) {
                packagePlans.append(p.id);
            } else if (p.kind() == PlanKind::Project) {
                projectPlans.append(p.id);
            } else if (p.kind() == PlanKind::Module && !moduleEnrollments.contains(e.id)) {
                moduleEnrollments.append(e.id);
            }
        }
    }
    const auto remember = [&](const Statement& r) {
        s.billed.insert(BillingSnapshot::key(r.text(0), r.text(1), r.text(2)));
    };
    if (auto ok = forChunks(m_db,
                            QStringLiteral("SELECT b.scope_id, b.source_kind, b.source_id FROM billed_sources b WHERE "
                                           "b.source_kind = 'plan' AND b.scope_id IN (%IN%)") +
                                kLive,
                            feePlans, {}, remember);
        !ok) {
        return ok;
    }
    // Period keys sort as text ("2026-02" < "2026-02-23" < "2026-03"), so one range covers the previous
    // period and every period of the window.
    auto periods =
        Query::run(m_db,
                   QStringLiteral("SELECT b.scope_id, b.source_kind, b.source_id, b.minutes FROM "
                                  "billed_sources b WHERE b.source_kind = 'subscription_period' AND "
                                  "b.source_id >= ? AND b.source_id <= ?") +
                       kLive,
                   s.month.start.addMonths(-1).toString(QStringLiteral("yyyy-MM")), s.windowEnd.toString(Qt::ISODate));
    if (!periods) {
        return fail(periods.error());
    }
    while (periods->next()) {
        remember(*periods);
        s.rolloverOut.insert(periods->text(0) + u'|' + periods->text(2), periods->integer(3));
    }
    if (auto ok = forChunks(
            m_db,
            QStringLiteral("SELECT b.scope_id, b.source_id FROM billed_sources b WHERE b.source_kind = "
                           "'module' AND b.scope_id IN (%IN%)") +
                kLive,
            moduleEnrollments, {},
            [&](const Statement& r) { s.enrollments[index.value(r.text(0))].billedModules.insert(r.text(1)); });
        !ok) {
        return ok;
    }
    if (auto ok = forChunks(m_db,
                            QStringLiteral("SELECT enrollment_id, module_id, started_on FROM module_starts WHERE "
                                           "deleted_at IS NULL AND enrollment_id IN (%IN%)"),
                            moduleEnrollments, {},
                            [&](const Statement& r) {
                                s.enrollments[index.value(r.text(0))].moduleStarts.append(
                                    ModuleStart{r.text(1), fromSqlDate(r.text(2)), false});
                            });
        !ok) {
        return ok;
    }
    if (s.rules.makeUpCredits) {
        if (auto ok =
                forChunks(m_db,
                          QStringLiteral("SELECT b.enrollment_id, sum(b.make_up_delta) FROM billed_sources b WHERE "
                                         "b.make_up_delta <> 0 AND b.enrollment_id IN (%IN%)") +
                              kLive + QStringLiteral(" GROUP BY b.enrollment_id"),
                          allEnrollments, {},
                          [&](const Statement& r) {
                              s.enrollments[index.value(r.text(0))].makeUpCredits =
                                  static_cast<int>(qMax<qint64>(0, r.integer(1)));
                          });
            !ok) {
            return ok;
        }
    }
    if (auto ok = loadPackages(s, packagePlans); !ok) {
        return ok;
    }
    return loadMilestones(s, projectPlans);
}

Result<void> BillingRunLoader::loadPackages(BillingSnapshot& s, const QStringList& planIds)
{
    QStringList packageIds;
    QHash<Id, QPair<Id, qsizetype>> where; // package → (plan, index in s.purchases[plan])
    if (auto ok = forChunks(m_db,
                            QStringLiteral("SELECT id, plan_id, purchased_on, minutes, price_minor, valid_until FROM "
                                           "package_purchases WHERE deleted_at IS NULL AND plan_id IN (%IN%) "
                                           "ORDER BY purchased_on, id"),
                            planIds, {},
                            [&](const Statement& r) {
                                PackagePurchase p;
                                p.id = r.text(0);
                                p.purchasedOn = fromSqlDate(r.text(2));
                                p.minutes = r.integer(3);
                                p.priceMinor = r.integer(4);
                                p.validUntil = fromSqlDate(r.text(5));
                                QList<PackagePurchase>& list = s.purchases[r.text(1)];
                                where.insert(p.id, {r.text(1), list.size()});
                                list.append(p);
                                packageIds.append(p.id);
                            });
        !ok) {
        return ok;
    }
    return forChunks(m_db,
                     QStringLiteral("SELECT b.package_id, b.source_kind, sum(b.minutes) FROM billed_sources b WHERE "
                                    "b.source_kind IN ('package', 'package_draw') AND b.package_id IN (%IN%)") +
                         kLive + QStringLiteral(" GROUP BY b.package_id, b.source_kind"),
                     packageIds, {}, [&](const Statement& r) {
                         const auto [plan, i] = where.value(r.text(0));
                         PackagePurchase& p = s.purchases[plan][i];
                         if (r.text(1) == QStringLiteral("package")) {
                             p.billed = true;
                         } else {
                             p.usedMinutes = qMin(p.minutes, r.integer(2));
                         }
                     });
}

Result<void> BillingRunLoader::loadMilestones(BillingSnapshot& s, const QStringList& planIds)
{
    if (auto ok =
            forChunks(m_db,
                      QStringLiteral("SELECT plan_id, milestone_id, reached_on FROM milestone_states WHERE "
                                     "deleted_at IS NULL AND plan_id IN (%IN%)"),
                      planIds, {},
                      [&](const Statement& r) {
                          s.milestones[r.text(0)].append(MilestoneState{r.text(1), fromSqlDate(r.text(2)), false});
                      });
        !ok) {
        return ok;
    }
    return forChunks(m_db,
                     QStringLiteral("SELECT b.scope_id, b.source_id FROM billed_sources b WHERE b.source_kind = "
                                    "'milestone' AND b.scope_id IN (%IN%)") +
                         kLive,
                     planIds, {}, [&](const Statement& r) {
                         QList<MilestoneState>& list = s.milestones[r.text(0)];
                         for (MilestoneState& m : list) {
                             if (m.milestoneId == r.text(1)) {
                                 m.billed = true;
                                 return;
                             }
                         }
                         list.append(MilestoneState{r.text(1), {}, true});
                     });
}

} // namespace mentordesk
