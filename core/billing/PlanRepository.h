// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <optional>

namespace mentordesk {

class Database;

/// SQL for `plans`, `package_purchases`, `milestone_states`, `module_starts` and `discounts`.
/// Terms are stored as JSON text (PlanCodec). Reads skip tombstoned rows.
class PlanRepository final
{
public:
    explicit PlanRepository(Database& db);

    [[nodiscard]] Result<void> insert(const StoredPlan& plan);
    [[nodiscard]] Result<std::optional<StoredPlan>> find(const Id& id);
    /// The enrollment's plans by effective date.
    [[nodiscard]] Result<QList<StoredPlan>> forEnrollment(const Id& enrollmentId);
    /// The plans the studio offers (no enrollment), by label.
    [[nodiscard]] Result<QList<StoredPlan>> offered();
    /// Every enrollment plan effective on or before `until`, ordered by enrollment and date.
    [[nodiscard]] Result<QList<StoredPlan>> effectiveBy(const QDate& until);
    /// The same plans as effectiveBy, grouped by enrollment id, without the row metadata (the billing run's
    /// fast path: no timestamps are parsed, and terms shared by many plans are parsed once).
    [[nodiscard]] Result<QHash<Id, QList<Plan>>> plansByEnrollment(const QDate& until);
    [[nodiscard]] Result<void> remove(const Id& id, const QDateTime& nowUtc);
    /// True when an invoice line (live or credited) refers to the plan.
    [[nodiscard]] Result<bool> hasBilled(const Id& planId);

    [[nodiscard]] Result<void> insertPurchase(const StoredPackagePurchase& purchase);
    [[nodiscard]] Result<QList<StoredPackagePurchase>> purchases(const Id& planId);

    /// Records (or moves) the day a milestone was reached.
    [[nodiscard]] Result<void> setMilestoneReached(const RecordMeta& meta, const Id& planId, const QString& milestoneId,
                                                   const QDate& reachedOn);
    /// Records the day a module started for an enrollment.
    [[nodiscard]] Result<void> setModuleStarted(const RecordMeta& meta, const Id& enrollmentId, const Id& moduleId,
                                                const QDate& startedOn);

    [[nodiscard]] Result<void> insertDiscount(const StoredDiscount& discount);
    [[nodiscard]] Result<QList<StoredDiscount>> discounts();
    /// Tombstones a discount (later billing runs no longer apply it).
    [[nodiscard]] Result<void> removeDiscount(const Id& id, const QDateTime& nowUtc);

private:
    Database& m_db;
};

} // namespace mentordesk
