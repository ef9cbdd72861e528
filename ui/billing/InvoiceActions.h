// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingDraft.h"
#include "common/Result.h"
#include "invoices/CreditNoteService.h"
#include "invoices/PaymentService.h"

#include <QCoreApplication>
#include <functional>

namespace mentordesk {

class StudioSession;

/// What the Billing page's buttons do, without dialogs: each call runs one core use case, tells the
/// session that data changed when something was written, and returns the service's result (the page
/// shows errors; tests call these directly instead of clicking through modal dialogs).
class InvoiceActions final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceActions)

public:
    explicit InvoiceActions(StudioSession& session);

    /// The billing run for `period` ("YYYY-MM"); with `preview` nothing is stored.
    [[nodiscard]] Result<BillingRunResult> runBilling(const QString& period, bool preview);
    /// Issues the draft today (studio time zone).
    [[nodiscard]] Result<Invoice> issue(const Id& invoiceId);
    /// Issues every draft of `period` today, all or nothing; `progress(done, total)` after each one.
    [[nodiscard]] Result<QList<Invoice>> issuePeriod(const QString& period,
                                                     const std::function<void(int, int)>& progress = {});
    [[nodiscard]] Result<PaymentOutcome> recordPayment(const Id& invoiceId, const PaymentInput& input);
    /// Credits the whole invoice (void) with `reason`.
    [[nodiscard]] Result<InvoiceDetail> creditInFull(const Id& invoiceId, const QString& reason);
    /// Credits the given lines (or parts of them); no lines = in full.
    [[nodiscard]] Result<InvoiceDetail> credit(const Id& invoiceId, const CreditRequest& request);
    /// Writes the invoice's PDF to `path`; returns the number of pages.
    [[nodiscard]] Result<int> exportPdf(const Id& invoiceId, const QString& path);
    /// "INV-0042.pdf", or "draft-<id>.pdf" for a draft.
    [[nodiscard]] static QString suggestedPdfName(const Invoice& invoice);

private:
    StudioSession& m_session;
};

} // namespace mentordesk
