// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QString>

namespace mentordesk {

/// A numbering series: issued invoices (or credit notes) get prefix + zero-padded number, gap-free.
struct InvoiceSeries
{
    RecordMeta meta;
    QString kind = QStringLiteral("invoice"); ///< "invoice" or "credit_note"
    QString prefix;                           ///< e.g. "INV-", "2026-"
    int digits = 4;                           ///< zero padding of the number
    qint64 nextNumber = 1;                    ///< the number the next issue takes

    /// "INV-0042" for 42.
    [[nodiscard]] QString format(qint64 number) const
    {
        return prefix + QStringLiteral("%1").arg(number, digits, 10, QLatin1Char('0'));
    }
};

} // namespace mentordesk
