// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <memory>

namespace mentordesk {
class Database;
class FixedClock;
} // namespace mentordesk

namespace mentordesk::test {

class BillingFixture;

/// Billing data for the report tests, made through the real billing services. In its own file
/// because the billing headers and the progress headers both define mentordesk::ProgressFraction.
struct BillingReportData
{
    Id payer;        ///< "Anna Schmidt"
    Id janInvoiceId; ///< issued 1 Feb, due 15 Feb: 119.00; 50.00 paid 3 Feb, 10.00 paid 2 Mar
    Id febInvoiceId; ///< issued 1 Mar, due 15 Mar: 238.00
    QString febNumber;
    Id packagePlan; ///< set by withPackages()

    /// An EUR payer with a learner on 100.00/h + 19 % VAT.
    static BillingReportData studio(Database& db, FixedClock& clock);
    /// January (1 lesson) and February (2 lessons) issued, the payments above, a March draft.
    void invoicesAndPayments(Database& db, FixedClock& clock);
    /// "Ada Lovelace" on 10-hour packages (600 min, 90000, valid 60 days, warn at 500); eight lessons of
    /// 90 minutes in March billed: two packages bought, 720 minutes drawn.
    void withPackages(Database& db, FixedClock& clock);

    Id mentor;
    Id enrollment;
    std::shared_ptr<BillingFixture> fixture; ///< one fixture: it remembers each enrollment's learner and mentor
};

} // namespace mentordesk::test
