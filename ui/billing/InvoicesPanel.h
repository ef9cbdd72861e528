// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/InvoiceActions.h"
#include "common/Id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mentordesk {

class InvoiceDetailView;
class InvoiceListModel;
class StudioSession;

/// The Invoices tab: status and payer filters, the invoice table and the detail pane, with the billing
/// run, issue, payment, credit-note and PDF actions. Methods named `…Current(bool ask)` skip their
/// confirmation dialog when `ask` is false (tests, scripted use).
class InvoicesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesPanel(StudioSession& session, QWidget* parent = nullptr);

    /// Reloads payers and invoices with the current filters, keeping the selection when possible.
    void reload();
    /// Selects the invoice (clearing filters that hide it); false when it does not exist.
    bool selectInvoice(const Id& id);
    [[nodiscard]] Id currentInvoiceId() const;
    void focusSearch();

    /// "" = any status, else a status key ("draft", "overdue"…).
    void setStatusFilter(const QString& statusKey);
    /// "" = every payer.
    void setPayerFilter(const Id& payerId);

    /// Issues the current draft (asking first when `ask`); true when issued.
    bool issueCurrent(bool ask = true);
    void openBillingRun();
    /// Issues every draft of a month (IssueDraftsDialog: confirmation and progress).
    void openIssueDrafts();
    void recordPaymentForCurrent();
    void creditCurrent();
    void exportCurrentPdf();

    [[nodiscard]] InvoiceActions& actions() { return m_actions; }
    [[nodiscard]] InvoiceListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] InvoiceDetailView* detail() const { return m_detail; }
    [[nodiscard]] QComboBox* statusFilter() const { return m_status; }
    [[nodiscard]] QComboBox* payerFilter() const { return m_payer; }
    [[nodiscard]] bool isShowingEmptyState() const;

signals:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void loadPayers();
    void showCurrent();
    void afterWrite(Id select, const QString& message);

    StudioSession& m_session;
    InvoiceActions m_actions;
    QComboBox* m_status = nullptr;
    QComboBox* m_payer = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_issueAll = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    InvoiceListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    InvoiceDetailView* m_detail = nullptr;
    bool m_loading = false;
};

} // namespace mentordesk
