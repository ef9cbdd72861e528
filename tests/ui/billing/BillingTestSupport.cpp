// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingTestSupport.h"

#include "invoices/InvoiceService.h"
#include "shell/StudioSession.h"

namespace mentordesk::test {

QList<Invoice> storedInvoices(StudioSession& session, const InvoiceFilter& filter)
{
    auto page = InvoiceService(session.db(), session.clock()).list(filter, {0, 10000});
    return page ? page->items : QList<Invoice>{};
}

Invoice firstInvoiceWith(StudioSession& session, InvoiceStatus status)
{
    InvoiceFilter filter;
    filter.status = status;
    filter.kind = InvoiceKind::Invoice;
    const QList<Invoice> list = storedInvoices(session, filter);
    return list.isEmpty() ? Invoice{} : list.first();
}

std::optional<InvoiceDetail> loadInvoice(StudioSession& session, const Id& id)
{
    auto detail = InvoiceService(session.db(), session.clock()).get(id);
    if (!detail) {
        return std::nullopt;
    }
    return *detail;
}

} // namespace mentordesk::test
