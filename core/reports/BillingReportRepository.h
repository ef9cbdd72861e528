// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mentordesk {

class Database;

/// SQL of the billing reports: revenue per month and package balances. Invoice issue dates and payment
/// dates are local dates already, so months are their first seven characters.
class BillingReportRepository final
{
public:
    /// One month's issued invoices, credit notes and payments.
    struct MonthRevenue
    {
        QDate month;              ///< first day of the month
        qint64 issuedMinor = 0;   ///< Σ grand totals of issued invoices (not credit notes)
        qint64 creditedMinor = 0; ///< Σ credit notes issued, as a positive amount
        qint64 paidMinor = 0;     ///< Σ payments received (credit applied from the payer's balance excluded)
        int invoiceCount = 0;
    };

    /// A package purchase with what billing runs have drawn from it.
    struct PackageRow
    {
        Id packageId;
        Id planId;
        QString planLabel;
        Id enrollmentId;
        Id learnerId;
        QString learnerName;
        Id payerId;
        QDate purchasedOn;
        QDate validUntil; ///< invalid: no expiry
        qint64 minutes = 0;
        qint64 usedMinutes = 0;       ///< live, unreleased package draws, at most `minutes`
        qint64 lowBalanceMinutes = 0; ///< the plan's threshold (0 = never warn)
    };

    explicit BillingReportRepository(Database& db);

    /// Months with data in [from, to] (dates inclusive) for invoices in `currency`; ascending.
    [[nodiscard]] Result<QList<MonthRevenue>> monthlyRevenue(const QDate& from, const QDate& to,
                                                             const QString& currency);
    /// Every live package purchase of a live plan, by learner name, purchase date and id.
    [[nodiscard]] Result<QList<PackageRow>> packages();

private:
    Database& m_db;
};

} // namespace mentordesk
