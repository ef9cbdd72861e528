// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/QuoteService.h"

#include "billing/PlanRepository.h"
#include "billing/QuoteAdvisor.h"
#include "security/Guard.h"
#include "storage/Query.h"

namespace mentordesk {

QuoteService::QuoteService(Database& db)
    : m_db(db)
{}

Result<QuoteResult> QuoteService::quote(const QuoteInput& input)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPlans); !allowed) {
        return fail(allowed.error());
    }
    QuoteRequest r;
    r.contentMinutes = input.contentMinutes;
    r.efficiencyPermille = input.efficiencyPermille.value_or(800);
    r.targetPermille = input.targetPermille;
    r.weeklyMinutes = input.weeklyMinutes;
    r.lessonMinutes = input.lessonMinutes;
    r.startDate = input.startDate;
    Id courseId = input.courseId;
    if (!input.enrollmentId.isEmpty()) {
        auto e =
            Query::run(m_db,
                       QStringLiteral("SELECT COALESCE(e.course_id, ''), e.efficiency_permille, e.target_minutes, "
                                      "(SELECT COALESCE(sum(COALESCE(l.actual_minutes, l.planned_minutes)), 0) FROM "
                                      "lesson_attendees a JOIN lessons l ON l.id = a.lesson_id WHERE a.enrollment_id "
                                      "= e.id AND a.deleted_at IS NULL AND l.deleted_at IS NULL AND "
                                      "COALESCE(a.status, l.status) = 'held') FROM enrollments e WHERE e.id = ? AND "
                                      "e.deleted_at IS NULL"),
                       input.enrollmentId);
        if (!e) {
            return fail(e.error());
        }
        if (!e->next()) {
            return fail(Error::invalid(QStringLiteral("enrollment_id"),
                                       tr("There is no enrollment with id %1.").arg(input.enrollmentId)));
        }
        courseId = courseId.isEmpty() ? e->text(0) : courseId;
        r.efficiencyPermille = input.efficiencyPermille.value_or(static_cast<int>(e->integer(1)));
        r.contentMinutes = courseId.isEmpty() ? e->integer(2) : 0;
        r.heldMinutesSoFar = e->integer(3);
    }
    if (!courseId.isEmpty()) {
        auto c = Query::run(
            m_db, QStringLiteral("SELECT content_minutes FROM courses WHERE id = ? AND deleted_at IS NULL"), courseId);
        if (!c) {
            return fail(c.error());
        }
        if (!c->next()) {
            return fail(
                Error::invalid(QStringLiteral("course_id"), tr("There is no course with id %1.").arg(courseId)));
        }
        r.contentMinutes = c->integer(0);
    }
    if (input.includeOffered) {
        auto offered = PlanRepository(m_db).offered();
        if (!offered) {
            return fail(offered.error());
        }
        for (const StoredPlan& p : std::as_const(*offered)) {
            r.plans.append(p.plan);
        }
    }
    r.plans.append(input.plans);
    if (r.plans.isEmpty()) {
        return fail(
            Error::invalid(QStringLiteral("plans"), tr("There is no plan to quote: offer plans with “plan offer” "
                                                       "or give one for this quote.")));
    }
    for (Plan& p : r.plans) {
        p.effectiveFrom = r.startDate; // Why: a quote prices the plan as if it started with the first lesson.
    }
    return QuoteAdvisor::quote(r);
}

} // namespace mentordesk
