// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/Invoice.h"
#include "invoices/InvoiceFilter.h"

#include <optional>

class QWidget;

namespace mentordesk {
class StudioSession;
}

namespace mentordesk::test {

// Why a separate file: core's Page<T> (common/Page.h, pulled in by InvoiceService.h) and the shell's
// Page widget share a name, so a test that includes a page cannot include InvoiceService.h.

/// Every stored invoice matching `filter`, as InvoiceService lists them.
[[nodiscard]] QList<Invoice> storedInvoices(StudioSession& session, const InvoiceFilter& filter = {});
/// The first invoice (not credit note) with `status`, or an empty Invoice.
[[nodiscard]] Invoice firstInvoiceWith(StudioSession& session, InvoiceStatus status);
/// The invoice with lines, taxes and payments, or nullopt.
[[nodiscard]] std::optional<InvoiceDetail> loadInvoice(StudioSession& session, const Id& id);

/// Shows `widget`, checks that its minimum size fits its default size, and saves a screenshot
/// `<MENTORDESK_SHOT_DIR>/<name>.png` when that variable is set.
void expectFitsAndShoot(QWidget& widget, const QString& name);

} // namespace mentordesk::test
