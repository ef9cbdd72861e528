// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/TaxRate.h"

#include <QList>
#include <QString>

namespace mentordesk {

/// The tax summary of a set of lines: one group per tax rate and the totals.
/// Invariants (exact, in minor units): grandTotal = netTotal + taxTotal; for each group
/// gross = net + tax; Exclusive: linesTotal = netTotal; Inclusive: linesTotal = grandTotal.
struct TaxSummary
{
    struct Group
    {
        QString taxRateId; ///< empty: lines without tax
        QString label;
        qint64 rateBp = 0;
        qint64 linesSubtotal = 0; ///< the lines' amounts as entered (net when exclusive, gross when inclusive)
        qint64 net = 0;
        qint64 tax = 0;
        qint64 gross = 0;
    };

    TaxMode mode = TaxMode::Exclusive;
    QList<Group> groups; ///< in the order of the studio's rates; the untaxed group last
    qint64 linesTotal = 0;
    qint64 netTotal = 0;
    qint64 taxTotal = 0;
    qint64 grandTotal = 0; ///< what the payer owes
};

} // namespace mentordesk
