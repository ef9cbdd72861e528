// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/AttendanceRules.h"
#include "billing/TaxRate.h"
#include "common/RecordMeta.h"

#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// The studio's billing options (one row, created with defaults on first use).
struct BillingSettings
{
    RecordMeta meta;
    TaxMode taxMode = TaxMode::Exclusive;
    AttendanceRules attendance;
    Id invoiceSeriesId;       ///< series issued invoices are numbered in
    Id creditNoteSeriesId;    ///< series credit notes are numbered in
    QString paymentTermsNote; ///< free text printed under the totals ("Bank: … IBAN …")
};

/// What a user may change; unset fields keep their value.
struct BillingSettingsChanges
{
    std::optional<TaxMode> taxMode;
    std::optional<int> lateCancelHours;
    std::optional<qint64> lateCancelPercentBp;
    std::optional<qint64> noShowPercentBp;
    std::optional<bool> makeUpCredits;
    std::optional<QString> invoicePrefix;    ///< renames the invoice series' prefix (only before its first number)
    std::optional<QString> creditNotePrefix; ///< likewise for credit notes
    std::optional<QString> paymentTermsNote;
};

/// A stored tax rate: the pure TaxRate plus its row.
struct StoredTaxRate
{
    RecordMeta meta;
    TaxRate rate; ///< rate.id == meta.id
    int position = 0;
};

} // namespace mentordesk
