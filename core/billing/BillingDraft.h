// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PriceLine.h"
#include "billing/StoredPlan.h"
#include "billing/TaxSummary.h"
#include "common/Id.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// What a line bills, as stored in `billed_sources` (see SchemaV2.cpp).
struct SourceLink
{
    Id scopeId;   ///< the enrollment for lessons and modules, the plan otherwise
    QString kind; ///< lesson, subscription_period, package, package_draw, milestone, module, plan
    QString sourceId;
    Id enrollmentId;
    Id planId;
    qint64 minutes = 0; ///< rollover out of a period, or minutes of a package draw
    Id packageId;
    int makeUpDelta = 0; ///< +1 make-up credit earned, −1 used
};

/// A priced line of a draft with who it is for and what it bills.
struct DraftLine
{
    PriceLine line;
    Id learnerId;
    Id enrollmentId;
    QString groupLabel; ///< "learner — enrollment"; empty for payer-wide lines (discounts)
    QString description;
    QList<SourceLink> links;
};

/// One payer's draft invoice for the period.
struct DraftInvoice
{
    Id invoiceId; ///< the draft it refreshes or creates
    Id payerId;
    QString payerName;
    QString language;
    QList<DraftLine> lines; ///< grouped by learner and enrollment, then by date
    TaxSummary taxes;
};

/// A billing run's outcome (or preview).
struct BillingRunResult
{
    QString period; ///< "YYYY-MM"
    bool dryRun = false;
    QList<DraftInvoice> drafts;                  ///< by payer name
    QList<StoredPackagePurchase> packagesBought; ///< packages the run sold because lessons waited for one
    QStringList warnings;                        ///< translated, one sentence each
    int removedDrafts = 0;                       ///< drafts of the period that no longer bill anything
    qint64 linesTotal = 0;                       ///< Σ grand totals of the drafts
    int lessonsBilled = 0;                       ///< lesson links written
};

} // namespace mentordesk
