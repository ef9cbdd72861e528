// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/InvoicesPanel.h"

#include "billing/BillingRunDialog.h"
#include "billing/CreditNoteDialog.h"
#include "billing/InvoiceDetailView.h"
#include "billing/IssueDraftsDialog.h"
#include "billing/PaymentDialog.h"
#include "invoices/InvoiceService.h"
#include "models/InvoiceListModel.h"
#include "people/PayerService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kBatch = 1000;
const InvoiceStatus kStatuses[] = {InvoiceStatus::Draft,   InvoiceStatus::Issued, InvoiceStatus::PartlyPaid,
                                   InvoiceStatus::Overdue, InvoiceStatus::Paid,   InvoiceStatus::Credited};
} // namespace

InvoicesPanel::InvoicesPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actions(session)
{
    buildUi();
    retranslate();
}

void InvoicesPanel::buildUi()
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(QString(), QString());
    for (InvoiceStatus status : kStatuses) {
        m_status->addItem(QString(), Invoice::statusKey(status));
    }
    m_payer = new QComboBox(this);
    m_payer->setObjectName(QStringLiteral("payerFilter"));
    m_payer->setMinimumContentsLength(18);
    m_payer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("invoiceCount"));
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("billingRun"));
    m_issueAll = new QPushButton(this);
    m_issueAll->setObjectName(QStringLiteral("issueAllDrafts"));
    m_model = new InvoiceListModel(m_session.format(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InvoiceListModel::UnderlyingDataRole);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(InvoiceListModel::Issued, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Payer, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(InvoiceListModel::Number, 78);
    m_table->setColumnWidth(InvoiceListModel::Period, 62);
    m_table->setColumnWidth(InvoiceListModel::Issued, 70);
    m_table->setColumnWidth(InvoiceListModel::Due, 70);
    m_table->setColumnWidth(InvoiceListModel::Status, 78);
    m_table->setColumnWidth(InvoiceListModel::Total, 82);
    m_table->setColumnWidth(InvoiceListModel::Balance, 82);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("invoiceEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_detail = new InvoiceDetailView(m_session.format(), this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});
    splitter->setChildrenCollapsible(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_payer, 1);
    filters->addWidget(m_count);
    filters->addStretch(0);
    filters->addWidget(m_run);
    filters->addWidget(m_issueAll);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesPanel::reload);
    connect(m_payer, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            reload();
        }
    });
    connect(m_run, &QPushButton::clicked, this, &InvoicesPanel::openBillingRun);
    connect(m_issueAll, &QPushButton::clicked, this, &InvoicesPanel::openIssueDrafts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesPanel::showCurrent);
    connect(m_detail, &InvoiceDetailView::issueRequested, this, [this] { issueCurrent(true); });
    connect(m_detail, &InvoiceDetailView::paymentRequested, this, &InvoicesPanel::recordPaymentForCurrent);
    connect(m_detail, &InvoiceDetailView::creditRequested, this, &InvoicesPanel::creditCurrent);
    connect(m_detail, &InvoiceDetailView::pdfRequested, this, &InvoicesPanel::exportCurrentPdf);
    setTabOrder(m_status, m_payer);
    setTabOrder(m_payer, m_run);
    setTabOrder(m_run, m_issueAll);
    setTabOrder(m_issueAll, m_table);
}

void InvoicesPanel::retranslate()
{
    m_status->setItemText(0, tr("Any status"));
    for (int i = 0; i < static_cast<int>(std::size(kStatuses)); ++i) {
        m_status->setItemText(i + 1, InvoiceListModel::statusName(kStatuses[i]));
    }
    m_status->setToolTip(tr("Only invoices in this state"));
    m_payer->setToolTip(tr("Only this payer's invoices"));
    if (m_payer->count() > 0) {
        m_payer->setItemText(0, tr("Every payer"));
    }
    m_run->setText(tr("&Billing Run…"));
    m_run->setToolTip(tr("Preview and create the draft invoices of a month"));
    m_issueAll->setText(tr("Issue &All Drafts…"));
    m_issueAll->setToolTip(tr("Issue every draft invoice of a month at once"));
    m_count->setText(tr("%n invoice(s)", nullptr, m_model->rowCount()));
    m_model->retranslate();
    const bool filtered = m_status->currentIndex() > 0 || m_payer->currentIndex() > 0;
    m_empty->setText(filtered ? tr("No invoice matches these filters.\nChoose “Any status” and “Every payer”.")
                              : tr("No invoices yet.\nGive enrollments a plan, then use “Billing Run…” to make "
                                   "the drafts of a month."));
}

void InvoicesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void InvoicesPanel::loadPayers()
{
    const QSignalBlocker blocker(m_payer);
    const Id current = m_payer->currentData().toString();
    m_payer->clear();
    m_payer->addItem(tr("Every payer"), QString());
    PayerService service(m_session.db(), m_session.clock());
    for (int offset = 0;; offset += kBatch) {
        auto page = service.list({}, {offset, kBatch});
        if (!page) {
            emit statusMessage(page.error().message);
            break;
        }
        for (const Payer& p : std::as_const(page->items)) {
            m_payer->addItem(p.name, p.meta.id);
        }
        if (page->items.size() < kBatch) {
            break;
        }
    }
    m_payer->setCurrentIndex(std::max(0, m_payer->findData(current)));
}

void InvoicesPanel::reload()
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    const Id keep = currentInvoiceId();
    loadPayers();
    InvoiceFilter filter;
    filter.status = Invoice::statusFromKey(m_status->currentData().toString());
    filter.payerId = m_payer->currentData().toString();
    InvoiceService service(m_session.db(), m_session.clock());
    QList<Invoice> invoices;
    for (int offset = 0;; offset += kBatch) {
        auto page = service.list(filter, {offset, kBatch});
        if (!page) {
            emit statusMessage(page.error().message);
            break;
        }
        invoices.append(page->items);
        if (page->items.size() < kBatch) {
            break;
        }
    }
    m_model->setInvoices(std::move(invoices));
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    retranslate();
    m_loading = false;
    const int row = m_model->rowOf(keep);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : m_proxy->index(0, 0);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    showCurrent();
}

Id InvoicesPanel::currentInvoiceId() const
{
    return m_table->currentIndex().data(InvoiceListModel::IdRole).toString();
}

bool InvoicesPanel::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_empty;
}

void InvoicesPanel::showCurrent()
{
    if (m_loading) {
        return;
    }
    const Id id = currentInvoiceId();
    if (id.isEmpty()) {
        m_detail->setDetail(std::nullopt);
        return;
    }
    auto detail = InvoiceService(m_session.db(), m_session.clock()).get(id);
    if (!detail) {
        emit statusMessage(detail.error().message);
        m_detail->setDetail(std::nullopt);
        return;
    }
    m_detail->setDetail(std::move(*detail));
}

bool InvoicesPanel::selectInvoice(const Id& id)
{
    if (m_model->rowOf(id) < 0) {
        auto exists = InvoiceService(m_session.db(), m_session.clock()).get(id);
        if (!exists) {
            return false;
        }
        const QSignalBlocker a(m_status), b(m_payer);
        m_status->setCurrentIndex(0);
        m_payer->setCurrentIndex(0);
        reload();
    }
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void InvoicesPanel::focusSearch()
{
    m_table->setFocus();
}

void InvoicesPanel::setStatusFilter(const QString& statusKey)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(statusKey)));
}

void InvoicesPanel::setPayerFilter(const Id& payerId)
{
    m_payer->setCurrentIndex(std::max(0, m_payer->findData(payerId)));
}

void InvoicesPanel::afterWrite(Id select, const QString& message)
{
    reload();
    selectInvoice(select);
    emit statusMessage(message);
}

bool InvoicesPanel::issueCurrent(bool ask)
{
    const auto& detail = m_detail->detail();
    if (!detail || detail->invoice.issued) {
        return false;
    }
    const Invoice& draft = detail->invoice;
    if (ask) {
        const auto answer = QMessageBox::question(
            this, tr("Issue Invoice"),
            tr("Issue the draft for %1 over %2?\n\nIt gets the next invoice number and can no longer be changed; "
               "mistakes are corrected with a credit note.")
                .arg(draft.payerName, m_session.format().money(draft.grandTotal)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return false;
        }
    }
    auto issued = m_actions.issue(draft.meta.id);
    if (!issued) {
        QMessageBox::warning(this, tr("Issue Invoice"), issued.error().message);
        return false;
    }
    afterWrite(issued->meta.id, tr("Issued invoice %1 to %2.").arg(issued->numberText, issued->payerName));
    return true;
}

void InvoicesPanel::openBillingRun()
{
    BillingRunDialog dialog(m_session, m_actions, this);
    if (dialog.exec() == QDialog::Accepted && dialog.runResult()) {
        const BillingRunResult& result = *dialog.runResult();
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(std::max(0, m_status->findData(QStringLiteral("draft"))));
        reload();
        emit statusMessage(
            tr("Billing run for %1: %n draft invoice(s).", nullptr, result.drafts.size()).arg(result.period));
    }
}

void InvoicesPanel::openIssueDrafts()
{
    IssueDraftsDialog dialog(m_session, m_actions, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit statusMessage(
            tr("Issued %n invoice(s) of %1.", nullptr, static_cast<int>(dialog.issued().size())).arg(dialog.period()));
    }
}

void InvoicesPanel::recordPaymentForCurrent()
{
    const auto& detail = m_detail->detail();
    if (!detail || !detail->invoice.issued) {
        return;
    }
    PaymentDialog dialog(m_session, m_actions, detail->invoice, this);
    if (dialog.exec() == QDialog::Accepted && dialog.outcome()) {
        const PaymentOutcome& out = *dialog.outcome();
        afterWrite(
            out.invoice.meta.id,
            tr("Recorded %1 for %2.").arg(m_session.format().money(out.payment.amountMinor), out.invoice.numberText));
    }
}

void InvoicesPanel::creditCurrent()
{
    const auto& detail = m_detail->detail();
    if (!detail || !detail->invoice.issued) {
        return;
    }
    CreditNoteDialog dialog(m_actions, *detail, m_session.format(), this);
    const Id invoiceId = detail->invoice.meta.id;
    if (dialog.exec() == QDialog::Accepted && dialog.creditNote()) {
        afterWrite(invoiceId, tr("Issued credit note %1.").arg(dialog.creditNote()->invoice.numberText));
    }
}

void InvoicesPanel::exportCurrentPdf()
{
    const auto& detail = m_detail->detail();
    if (!detail) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Invoice as PDF"), QDir::home().filePath(InvoiceActions::suggestedPdfName(detail->invoice)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    auto pages = m_actions.exportPdf(detail->invoice.meta.id, path);
    if (!pages) {
        QMessageBox::warning(this, tr("Export Invoice as PDF"), pages.error().message);
        return;
    }
    emit statusMessage(tr("Wrote %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
}

} // namespace mentordesk
