// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingSettings.h"
#include "billing/BillingSnapshot.h"
#include "common/Result.h"

#include <QTimeZone>

namespace mentordesk {

class Database;

/// Reads what a billing run needs for one month with set-based queries: the plans in force, the
/// enrollments they belong to, the window's lessons (one range scan over lessons.starts_at) with their
/// billed flags, held minutes before the window (one grouped query for the enrollments that need
/// progress), and the billed periods, packages, draws, milestones, modules and make-up credits of the
/// plans concerned. Sources count as billed while linked to a live invoice (billed_sources without a
/// tombstone or release).
class BillingRunLoader final
{
public:
    explicit BillingRunLoader(Database& db);

    [[nodiscard]] Result<BillingSnapshot> load(const BillingPeriod& month, const QTimeZone& zone,
                                               const QString& currency, const BillingSettings& settings,
                                               const QList<TaxRate>& taxRates);

private:
    /// The window's lessons by enrollment, each list in time order.
    [[nodiscard]] Result<QHash<Id, QList<WindowLesson>>> loadLessons(const BillingSnapshot& s, const QTimeZone& zone);
    [[nodiscard]] Result<void> loadEnrollments(BillingSnapshot& s, QHash<Id, qsizetype>& index,
                                               QHash<Id, QList<WindowLesson>>& lessons);
    [[nodiscard]] Result<void> loadProgress(BillingSnapshot& s, const QHash<Id, qsizetype>& index,
                                            const QString& windowStartUtc);
    [[nodiscard]] Result<void> loadBilled(BillingSnapshot& s, const QHash<Id, qsizetype>& index);
    [[nodiscard]] Result<void> loadPackages(BillingSnapshot& s, const QStringList& planIds);
    [[nodiscard]] Result<void> loadMilestones(BillingSnapshot& s, const QStringList& planIds);

    Database& m_db;
};

} // namespace mentordesk
