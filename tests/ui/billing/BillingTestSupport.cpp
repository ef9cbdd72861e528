// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingTestSupport.h"

#include "invoices/InvoiceService.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QLayout>
#include <QWidget>
#include <gtest/gtest.h>

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

void expectFitsAndShoot(QWidget& widget, const QString& name)
{
    widget.show();
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
    }
    if (widget.layout()) {
        widget.layout()->activate();
    }
    const QSize hint = widget.minimumSizeHint();
    EXPECT_LE(hint.height(), widget.height()) << name.toStdString();
    EXPECT_LE(hint.width(), widget.width()) << name.toStdString();
    const QString dir = qEnvironmentVariable("MENTORDESK_SHOT_DIR");
    if (!dir.isEmpty()) {
        widget.grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    }
}

} // namespace mentordesk::test
