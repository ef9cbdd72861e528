// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingDraft.h"
#include "billing/BillingPeriod.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// The monthly billing run: one draft invoice per payer with everything billable in the month (lines
/// grouped by learner and enrollment, plan and payer discounts as their own lines, taxes per rate).
/// Idempotent: each billed lesson, subscription period, package, draw, milestone, module and one-off fee
/// is linked to its line (billed_sources), sources already on a live invoice are skipped, and the
/// period's drafts are refreshed in place (their lines recomputed), never duplicated. Runs in one
/// transaction; a dry run computes the same drafts and rolls back.
class BillingRun final
{
    Q_DECLARE_TR_FUNCTIONS(BillingRun)

public:
    BillingRun(Database& db, const Clock& clock);

    /// Bills `period` ("YYYY-MM"); with `dryRun` nothing is stored (a preview).
    [[nodiscard]] Result<BillingRunResult> run(const QString& period, bool dryRun = false);

    /// Parses "YYYY-MM" into the calendar month; fails naming "period".
    [[nodiscard]] static Result<BillingPeriod> parsePeriod(const QString& text);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
