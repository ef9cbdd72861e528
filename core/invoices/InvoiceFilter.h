// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "invoices/Invoice.h"

#include <QDate>
#include <optional>

namespace mentordesk {

/// Invoice list filter; unset criteria match everything. Lists are ordered by issue date and number
/// (drafts first, by payer name).
struct InvoiceFilter
{
    std::optional<InvoiceStatus> status; ///< derived status as of `today`
    std::optional<InvoiceKind> kind;
    Id payerId;
    QString period;   ///< "YYYY-MM" of the billing run
    QDate issuedFrom; ///< issue date ≥ (drafts excluded when set)
    QDate issuedTo;   ///< issue date ≤
};

} // namespace mentordesk
