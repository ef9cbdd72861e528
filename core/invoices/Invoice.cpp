// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/Invoice.h"

namespace mentordesk {

QString Invoice::statusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Issued:
        return QStringLiteral("issued");
    case InvoiceStatus::PartlyPaid:
        return QStringLiteral("partly_paid");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Overdue:
        return QStringLiteral("overdue");
    case InvoiceStatus::Credited:
        return QStringLiteral("credited");
    }
    return QStringLiteral("draft");
}

std::optional<InvoiceStatus> Invoice::statusFromKey(const QString& key)
{
    for (const auto s : {InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::PartlyPaid, InvoiceStatus::Paid,
                         InvoiceStatus::Overdue, InvoiceStatus::Credited}) {
        if (statusKey(s) == key.trimmed().toLower().replace(u'-', u'_')) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace mentordesk
