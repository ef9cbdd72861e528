// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanService.h"

#include "billing/Discount.h"
#include "billing/PackageLedger.h"
#include "billing/PlanAudit.h"
#include "billing/PlanRepository.h"
#include "billing/plans/PlanTimeline.h"
#include "common/Clock.h"
#include "common/Validation.h"
#include "courses/CourseModuleRepository.h"
#include "courses/EnrollmentRepository.h"
#include "security/AuditLog.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

namespace mentordesk {

PlanService::PlanService(Database& db, const Clock& clock, std::optional<Actor> actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor ? std::move(*actor) : db.actor())
{}

Result<void> PlanService::audit(const QString& action, const QString& entity, const Id& id, const QJsonObject& details)
{
    if (auto ok = AuditLog(m_db, m_clock).record(m_actor, action, entity, id, details); !ok) {
        return fail(ok.error());
    }
    return {};
}

QString PlanService::kindName(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Hourly:
        return tr("Hourly");
    case PlanKind::Subscription:
        return tr("Subscription");
    case PlanKind::Package:
        return tr("Prepaid package");
    case PlanKind::Project:
        return tr("Fixed-price project");
    case PlanKind::Module:
        return tr("Per module");
    }
    return {};
}

namespace {
RecordMeta freshMeta(const Clock& clock)
{
    RecordMeta m;
    m.id = newId();
    m.createdAt = m.updatedAt = clock.nowUtc();
    m.version = 1;
    return m;
}
} // namespace

Result<StoredPlan> PlanService::prepare(const Id& enrollmentId, const PlanInput& input)
{
    StoredPlan p;
    p.meta = freshMeta(m_clock);
    p.enrollmentId = enrollmentId;
    p.plan.id = p.meta.id;
    p.plan.effectiveFrom = input.effectiveFrom;
    p.plan.taxRateId = input.taxRateId.trimmed();
    p.plan.terms = input.terms;
    auto label = Validation::optionalText(input.label, {QStringLiteral("label"), tr("Label")}, 100);
    if (!label) {
        return fail(label.error());
    }
    p.plan.label = label->isEmpty() ? kindName(p.plan.kind()) : *label;
    if (!p.plan.taxRateId.isEmpty()) {
        if (auto ok = requireRow(m_db, QStringLiteral("tax_rates"), p.plan.taxRateId, QStringLiteral("tax_rate_id"),
                                 tr("tax rate"));
            !ok) {
            return fail(ok.error());
        }
    }
    return p;
}

Result<StoredPlan> PlanService::setPlan(const Id& enrollmentId, const PlanInput& input)
{
    if (auto allowed = Guard::studio(m_db, Action::ManagePlans); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto enrollment = EnrollmentRepository(m_db).find(enrollmentId);
    if (!enrollment) {
        return fail(enrollment.error());
    }
    if (!enrollment->has_value()) {
        return fail(Error::invalid(QStringLiteral("enrollment_id"),
                                   tr("There is no enrollment with id %1.").arg(enrollmentId)));
    }
    auto p = prepare(enrollmentId, input);
    if (!p) {
        return fail(p.error());
    }
    auto* modules = std::get_if<ModulePlan>(&p->plan.terms);
    if (modules && modules->modules.isEmpty()) {
        if ((*enrollment)->courseId.isEmpty()) {
            return fail(Error::invalid(QStringLiteral("kind"),
                                       tr("A per-module plan needs an enrollment in a course with modules.")));
        }
        auto list = CourseModuleRepository(m_db).listFor((*enrollment)->courseId);
        if (!list) {
            return fail(list.error());
        }
        for (const CourseModule& m : *list) {
            modules->modules.append({m.meta.id, m.title, m.position, m.minutes, m.priceMinor});
        }
    }
    if (auto ok = p->plan.validate(); !ok) {
        return fail(ok.error());
    }
    PlanRepository repo(m_db);
    auto existing = repo.forEnrollment(enrollmentId);
    if (!existing) {
        return fail(existing.error());
    }
    QList<Plan> timeline;
    for (const StoredPlan& e : *existing) {
        if (e.plan.effectiveFrom != p->plan.effectiveFrom) {
            timeline.append(e.plan);
            continue;
        }
        auto billed = repo.hasBilled(e.meta.id);
        if (!billed) {
            return fail(billed.error());
        }
        if (*billed) {
            return fail(Error::conflict(tr("The plan starting %1 has already been invoiced; set the new plan from a "
                                           "later date.")
                                            .arg(e.plan.effectiveFrom.toString(Qt::ISODate)),
                                        QStringLiteral("effective_from")));
        }
        if (auto ok = repo.remove(e.meta.id, m_clock.nowUtc()); !ok) {
            return fail(ok.error());
        }
    }
    timeline.append(p->plan);
    if (auto ok = PlanTimeline::validate(timeline); !ok) {
        return fail(ok.error());
    }
    if (auto ok = repo.insert(*p); !ok) {
        return fail(ok.error());
    }
    if (auto ok = audit(QStringLiteral("plan.set"), QStringLiteral("plan"), p->meta.id, PlanAudit::plan(*p)); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return *p;
}

Result<StoredPlan> PlanService::offerPlan(const PlanInput& input)
{
    if (auto allowed = Guard::studio(m_db, Action::ManagePlans); !allowed) {
        return fail(allowed.error());
    }
    auto p = prepare({}, input);
    if (!p) {
        return fail(p.error());
    }
    if (auto ok = p->plan.validate(); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = PlanRepository(m_db).insert(*p); !ok) {
        return fail(ok.error());
    }
    if (auto ok = audit(QStringLiteral("plan.offer"), QStringLiteral("plan"), p->meta.id, PlanAudit::plan(*p)); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return *p;
}

Result<QList<StoredPlan>> PlanService::plans(const Id& enrollmentId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPlans); !allowed) {
        return fail(allowed.error());
    }
    auto exists = rowExists(m_db, QStringLiteral("enrollments"), enrollmentId);
    if (!exists) {
        return fail(exists.error());
    }
    if (!*exists) {
        return fail(Error::notFound(tr("There is no enrollment with id %1.").arg(enrollmentId)));
    }
    return PlanRepository(m_db).forEnrollment(enrollmentId);
}

Result<QList<StoredPlan>> PlanService::offeredPlans()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPlans); !allowed) {
        return fail(allowed.error());
    }
    return PlanRepository(m_db).offered();
}

Result<StoredPlan> PlanService::get(const Id& planId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPlans); !allowed) {
        return fail(allowed.error());
    }
    auto found = PlanRepository(m_db).find(planId);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(planId)));
    }
    return **found;
}

Result<void> PlanService::removePlan(const Id& planId)
{
    if (auto allowed = Guard::studio(m_db, Action::ManagePlans); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto plan = get(planId);
    if (!plan) {
        return fail(plan.error());
    }
    PlanRepository repo(m_db);
    auto billed = repo.hasBilled(planId);
    if (!billed) {
        return fail(billed.error());
    }
    if (*billed) {
        return fail(Error::refused(tr("The plan “%1” has been invoiced and cannot be removed; set a new plan from a "
                                      "later date instead.")
                                       .arg(plan->plan.label)));
    }
    if (auto ok = repo.remove(planId, m_clock.nowUtc()); !ok) {
        return ok;
    }
    if (auto ok = audit(QStringLiteral("plan.remove"), QStringLiteral("plan"), planId, PlanAudit::plan(*plan)); !ok) {
        return ok;
    }
    return tx->commit();
}

Result<StoredPackagePurchase> PlanService::buyPackage(const Id& enrollmentId, const QDate& date)
{
    if (auto allowed = Guard::studio(m_db, Action::RecordPayment); !allowed) {
        return fail(allowed.error());
    }
    if (!date.isValid()) {
        return fail(Error::invalid(QStringLiteral("date"), tr("Choose the day the package was bought.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto list = plans(enrollmentId);
    if (!list) {
        return fail(list.error());
    }
    QList<Plan> timeline;
    for (const StoredPlan& p : *list) {
        timeline.append(p.plan);
    }
    const std::optional<Plan> plan = PlanTimeline::planOn(timeline, date);
    const auto* terms = plan ? std::get_if<PackagePlan>(&plan->terms) : nullptr;
    if (!terms) {
        return fail(
            Error::refused(tr("The enrollment has no package plan in force on %1.").arg(date.toString(Qt::ISODate))));
    }
    StoredPackagePurchase purchase;
    purchase.meta = freshMeta(m_clock);
    const PackagePurchase pure = PackagePurchase::fromPlan(*terms, purchase.meta.id, date);
    purchase.planId = plan->id;
    purchase.enrollmentId = enrollmentId;
    purchase.purchasedOn = date;
    purchase.minutes = pure.minutes;
    purchase.priceMinor = pure.priceMinor;
    purchase.validUntil = pure.validUntil;
    if (auto ok = PlanRepository(m_db).insertPurchase(purchase); !ok) {
        return fail(ok.error());
    }
    if (auto ok = audit(QStringLiteral("plan.package"), QStringLiteral("package_purchase"), purchase.meta.id,
                        PlanAudit::purchase(purchase));
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return purchase;
}

Result<QList<StoredPackagePurchase>> PlanService::purchases(const Id& planId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPlans); !allowed) {
        return fail(allowed.error());
    }
    return PlanRepository(m_db).purchases(planId);
}

Result<void> PlanService::markMilestoneReached(const Id& planId, const QString& milestoneId, const QDate& date)
{
    if (auto allowed = Guard::studio(m_db, Action::ManagePlans); !allowed) {
        return fail(allowed.error());
    }
    if (!date.isValid()) {
        return fail(Error::invalid(QStringLiteral("date"), tr("Choose the day the milestone was reached.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto plan = get(planId);
    if (!plan) {
        return fail(plan.error());
    }
    const auto* terms = std::get_if<ProjectPlan>(&plan->plan.terms);
    if (!terms) {
        return fail(
            Error::invalid(QStringLiteral("plan_id"), tr("Plan “%1” is not a project plan.").arg(plan->plan.label)));
    }
    if (milestoneId.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("milestone"), tr("Choose the milestone that was reached.")));
    }
    const bool known = std::any_of(terms->milestones.cbegin(), terms->milestones.cend(),
                                   [&](const ProjectPlan::Milestone& m) { return m.id == milestoneId; });
    if (!known) {
        return fail(Error::invalid(QStringLiteral("milestone"),
                                   tr("Plan “%1” has no milestone “%2”.").arg(plan->plan.label, milestoneId)));
    }
    if (auto ok = PlanRepository(m_db).setMilestoneReached(freshMeta(m_clock), planId, milestoneId, date); !ok) {
        return ok;
    }
    return tx->commit();
}

Result<void> PlanService::startModule(const Id& enrollmentId, const Id& moduleId, const QDate& date)
{
    if (auto allowed = Guard::enrollment(m_db, Action::ManageEnrollments, enrollmentId); !allowed) {
        return fail(allowed.error());
    }
    if (!date.isValid()) {
        return fail(Error::invalid(QStringLiteral("date"), tr("Choose the day the module started.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto enrollment = EnrollmentRepository(m_db).find(enrollmentId);
    if (!enrollment) {
        return fail(enrollment.error());
    }
    if (!enrollment->has_value()) {
        return fail(Error::invalid(QStringLiteral("enrollment_id"),
                                   tr("There is no enrollment with id %1.").arg(enrollmentId)));
    }
    if (moduleId.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("module"), tr("Choose the module that started.")));
    }
    auto module = CourseModuleRepository(m_db).find(moduleId);
    if (!module) {
        return fail(module.error());
    }
    if (!module->has_value() || (*module)->courseId != (*enrollment)->courseId) {
        return fail(Error::invalid(QStringLiteral("module"),
                                   tr("Module %1 is not a module of the enrollment's course.").arg(moduleId)));
    }
    if (auto ok = PlanRepository(m_db).setModuleStarted(freshMeta(m_clock), enrollmentId, moduleId, date); !ok) {
        return ok;
    }
    return tx->commit();
}

Result<StoredDiscount> PlanService::addDiscount(const Id& payerId, const Id& planId, const QString& label, bool percent,
                                                qint64 value)
{
    if (auto allowed = Guard::studio(m_db, Action::ManagePlans); !allowed) {
        return fail(allowed.error());
    }
    if (payerId.isEmpty() == planId.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("payer_id"),
                                   tr("A discount is either for a payer or for a plan: give exactly one of them.")));
    }
    StoredDiscount d;
    d.meta = freshMeta(m_clock);
    d.payerId = payerId;
    d.planId = planId;
    d.label = label.trimmed();
    d.percent = percent;
    d.value = value;
    Discount pure{d.meta.id,
                  d.label,
                  percent ? Discount::Kind::Percent : Discount::Kind::Fixed,
                  value,
                  payerId.isEmpty() ? Discount::Scope::Plan : Discount::Scope::Payer,
                  planId};
    if (auto ok = pure.validate(); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (!payerId.isEmpty()) {
        if (auto ok = requireRow(m_db, QStringLiteral("payers"), payerId, QStringLiteral("payer_id"), tr("payer"));
            !ok) {
            return fail(ok.error());
        }
    } else if (auto ok = requireRow(m_db, QStringLiteral("plans"), planId, QStringLiteral("plan_id"), tr("plan"));
               !ok) {
        return fail(ok.error());
    }
    if (auto ok = PlanRepository(m_db).insertDiscount(d); !ok) {
        return fail(ok.error());
    }
    if (auto ok = audit(QStringLiteral("plan.discount"), QStringLiteral("discount"), d.meta.id, PlanAudit::discount(d));
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return d;
}

} // namespace mentordesk
