// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingSettings.h"
#include "common/Result.h"
#include "invoices/InvoiceSeries.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// The studio's billing options, tax rates and numbering series.
class BillingSettingsService final
{
    Q_DECLARE_TR_FUNCTIONS(BillingSettingsService)

public:
    BillingSettingsService(Database& db, const Clock& clock);

    /// The settings; the first call stores the defaults (exclusive tax, 24 h / 100 % late cancellation,
    /// 100 % no-show, no make-up credits) and the series "INV-" and "CN-".
    [[nodiscard]] Result<BillingSettings> settings();
    /// Applies the changes given. A new prefix starts a new series at number 1 (issued numbers keep theirs).
    [[nodiscard]] Result<BillingSettings> update(const BillingSettingsChanges& changes);

    /// The tax rates in display order.
    [[nodiscard]] Result<QList<StoredTaxRate>> taxRates();
    /// Adds a rate; the label must be unique (field "label"), the rate 0…10000 bp (field "rate").
    [[nodiscard]] Result<StoredTaxRate> addTaxRate(const QString& label, qint64 rateBp);

    [[nodiscard]] Result<InvoiceSeries> series(const Id& id);

private:
    [[nodiscard]] Result<Id> createSeries(const QString& kind, const QString& prefix);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
