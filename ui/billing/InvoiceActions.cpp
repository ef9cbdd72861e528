// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/InvoiceActions.h"

#include "InvoicePdfRenderer.h"
#include "billing/BillingRun.h"
#include "invoices/InvoiceDocumentBuilder.h"
#include "invoices/InvoiceService.h"
#include "shell/StudioSession.h"

namespace mentordesk {

InvoiceActions::InvoiceActions(StudioSession& session)
    : m_session(session)
{}

Result<BillingRunResult> InvoiceActions::runBilling(const QString& period, bool preview)
{
    auto result = BillingRun(m_session.db(), m_session.clock()).run(period, preview);
    if (result && !preview) {
        m_session.notifyDataChanged();
    }
    return result;
}

Result<Invoice> InvoiceActions::issue(const Id& invoiceId)
{
    auto issued = InvoiceService(m_session.db(), m_session.clock()).issue(invoiceId);
    if (issued) {
        m_session.notifyDataChanged();
    }
    return issued;
}

Result<QList<Invoice>> InvoiceActions::issuePeriod(const QString& period, const std::function<void(int, int)>& progress)
{
    auto issued = InvoiceService(m_session.db(), m_session.clock()).issuePeriod(period, {}, progress);
    if (issued) {
        m_session.notifyDataChanged();
    }
    return issued;
}

Result<PaymentOutcome> InvoiceActions::recordPayment(const Id& invoiceId, const PaymentInput& input)
{
    auto outcome = PaymentService(m_session.db(), m_session.clock()).record(invoiceId, input);
    if (outcome) {
        m_session.notifyDataChanged();
    }
    return outcome;
}

Result<InvoiceDetail> InvoiceActions::creditInFull(const Id& invoiceId, const QString& reason)
{
    CreditRequest request;
    request.reason = reason;
    return credit(invoiceId, request);
}

Result<InvoiceDetail> InvoiceActions::credit(const Id& invoiceId, const CreditRequest& request)
{
    auto note = CreditNoteService(m_session.db(), m_session.clock()).credit(invoiceId, request);
    if (note) {
        m_session.notifyDataChanged();
    }
    return note;
}

Result<int> InvoiceActions::exportPdf(const Id& invoiceId, const QString& path)
{
    if (!InvoicePdfRenderer::available()) {
        return fail(Error::refused(tr("PDF output needs the graphical application.")));
    }
    auto document = InvoiceDocumentBuilder(m_session.db(), m_session.clock()).build(invoiceId);
    if (!document) {
        return fail(document.error());
    }
    return InvoicePdfRenderer::renderToFile(*document, path);
}

QString InvoiceActions::suggestedPdfName(const Invoice& invoice)
{
    return (invoice.issued ? invoice.numberText : QStringLiteral("draft-") + invoice.meta.id) + QStringLiteral(".pdf");
}

} // namespace mentordesk
