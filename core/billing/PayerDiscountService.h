// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// A payer's standing discounts (e.g. a family discount): list, add, remove. Adding goes through
/// PlanService::addDiscount; removing tombstones the row, so later billing runs no longer apply it
/// (drafts and issued invoices keep their lines).
class PayerDiscountService final
{
    Q_DECLARE_TR_FUNCTIONS(PayerDiscountService)

public:
    PayerDiscountService(Database& db, const Clock& clock, std::optional<Actor> actor = std::nullopt);

    /// The payer's live discounts, oldest first.
    [[nodiscard]] Result<QList<StoredDiscount>> discountsOf(const Id& payerId);
    /// `percent`: value in basis points (1…10000); else a fixed amount in minor units (≥ 1).
    [[nodiscard]] Result<StoredDiscount> add(const Id& payerId, const QString& label, bool percent, qint64 value);
    /// Removes a payer discount (Invalid naming "id" when there is none with that id).
    [[nodiscard]] Result<void> remove(const Id& discountId);

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
};

} // namespace mentordesk
