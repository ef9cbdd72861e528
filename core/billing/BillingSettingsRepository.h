// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingSettings.h"
#include "common/Result.h"
#include "invoices/InvoiceSeries.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for `billing_settings` (one row), `tax_rates` and `invoice_series`. Reads skip tombstoned rows.
class BillingSettingsRepository final
{
public:
    explicit BillingSettingsRepository(Database& db);

    [[nodiscard]] Result<std::optional<BillingSettings>> load();
    [[nodiscard]] Result<void> insert(const BillingSettings& settings);
    /// Optimistic update (Conflict when the version moved on).
    [[nodiscard]] Result<void> update(const BillingSettings& settings);

    /// Live tax rates in display order (position, then label).
    [[nodiscard]] Result<QList<StoredTaxRate>> taxRates();
    [[nodiscard]] Result<void> insertTaxRate(const StoredTaxRate& rate);

    [[nodiscard]] Result<std::optional<InvoiceSeries>> series(const Id& id);
    [[nodiscard]] Result<QList<InvoiceSeries>> allSeries();
    [[nodiscard]] Result<void> insertSeries(const InvoiceSeries& series);
    /// Writes prefix, digits and next_number (the database refuses a counter that moves backwards or skips).
    [[nodiscard]] Result<void> updateSeries(const InvoiceSeries& series);

private:
    Database& m_db;
};

} // namespace mentordesk
