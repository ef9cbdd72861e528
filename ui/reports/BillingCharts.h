// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QCoreApplication>

class QChart;

namespace mentordesk {

class Formatter;

/// Qt Charts of the billing reports, drawn from ReportService's tables (ReportService::revenue and
/// ::aging columns). Amounts are shown in the studio currency's major units on the axis; hovering a bar
/// shows the exact amount (Formatter::money). The caller owns the returned chart.
class BillingCharts final
{
    Q_DECLARE_TR_FUNCTIONS(BillingCharts)

public:
    /// Bars per month: invoices issued and payments received.
    [[nodiscard]] static QChart* revenue(const ReportTable& table, const Formatter& format);
    /// Bars per bucket (current, 1–30, 31–60, 61–90, 90+ days past due) of all payers' open balances.
    [[nodiscard]] static QChart* aging(const ReportTable& table, const Formatter& format);
};

} // namespace mentordesk
