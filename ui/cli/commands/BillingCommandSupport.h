// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../CommandContext.h"
#include "billing/BillingDraft.h"
#include "billing/StoredPlan.h"
#include "invoices/Invoice.h"
#include "money/Currency.h"

#include <optional>

namespace mentordesk::cli {

/// Option parsing and JSON shapes shared by the billing, plan, invoice and receivables commands.
/// Amounts are printed like the rest of the CLI: a plain decimal "119.00" plus "…_minor" integers.
class BillingCommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(BillingCommandSupport)

public:
    [[nodiscard]] static Result<Currency> studioCurrency(CommandContext& ctx);
    /// `--name AMOUNT` in the currency as minor units; `fallback` when absent; `field` names it in errors.
    [[nodiscard]] static Result<qint64> amount(const CommandContext& ctx, const QString& name, const Currency& currency,
                                               qint64 fallback, const QString& field);
    /// `--name PERCENT` ("19", "19.5", "7.25") as basis points; `fallback` when absent.
    [[nodiscard]] static Result<qint64> percent(const CommandContext& ctx, const QString& name, qint64 fallback,
                                                const QString& field);
    [[nodiscard]] static Result<qint64> parsePercent(const QString& text, const QString& field);
    [[nodiscard]] static QString money(qint64 minor, const Currency& currency);
    /// `--name YYYY-MM-DD`, or today in the studio's time zone when absent.
    [[nodiscard]] static Result<QDate> dateOrToday(CommandContext& ctx, const QString& name);

    [[nodiscard]] static QJsonObject planJson(const StoredPlan& plan, const QDate& until);
    [[nodiscard]] static QJsonObject invoiceJson(const Invoice& invoice, const Currency& currency);
    [[nodiscard]] static QJsonObject lineJson(const InvoiceLine& line, const Currency& currency);
    [[nodiscard]] static QJsonObject draftJson(const DraftInvoice& draft, const Currency& currency);
};

} // namespace mentordesk::cli
