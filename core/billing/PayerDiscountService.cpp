// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PayerDiscountService.h"

#include "billing/PlanAudit.h"
#include "billing/PlanRepository.h"
#include "billing/PlanService.h"
#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

namespace mentordesk {

PayerDiscountService::PayerDiscountService(Database& db, const Clock& clock, std::optional<Actor> actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor ? std::move(*actor) : db.actor())
{}

Result<QList<StoredDiscount>> PayerDiscountService::discountsOf(const Id& payerId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewPlans); !allowed) {
        return fail(allowed.error());
    }
    if (payerId.isEmpty()) {
        return QList<StoredDiscount>{}; // no payer chosen (yet): nothing to list
    }
    if (auto ok = requireRow(m_db, QStringLiteral("payers"), payerId, QStringLiteral("payer_id"), tr("payer")); !ok) {
        return fail(ok.error());
    }
    auto all = PlanRepository(m_db).discounts();
    if (!all) {
        return fail(all.error());
    }
    QList<StoredDiscount> out;
    for (const StoredDiscount& d : std::as_const(*all)) {
        if (d.payerId == payerId) {
            out.append(d);
        }
    }
    return out;
}

Result<StoredDiscount> PayerDiscountService::add(const Id& payerId, const QString& label, bool percent, qint64 value)
{
    if (payerId.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("payer_id"), tr("Choose the payer the discount is for.")));
    }
    return PlanService(m_db, m_clock, m_actor).addDiscount(payerId, {}, label, percent, value);
}

Result<void> PayerDiscountService::remove(const Id& discountId)
{
    if (auto allowed = Guard::studio(m_db, Action::ManagePlans); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    PlanRepository repository(m_db);
    auto all = repository.discounts();
    if (!all) {
        return fail(all.error());
    }
    const auto found = std::find_if(all->cbegin(), all->cend(), [&](const StoredDiscount& d) {
        return d.meta.id == discountId && !d.payerId.isEmpty();
    });
    if (found == all->cend()) {
        return fail(Error::invalid(QStringLiteral("id"), tr("There is no payer discount with id %1.").arg(discountId)));
    }
    if (auto ok = repository.removeDiscount(discountId, m_clock.nowUtc()); !ok) {
        return fail(ok.error());
    }
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(m_actor, QStringLiteral("plan.discount.remove"), QStringLiteral("discount"), discountId,
                              PlanAudit::discount(*found));
        !ok) {
        return fail(ok.error());
    }
    return tx->commit();
}

} // namespace mentordesk
