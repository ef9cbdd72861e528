// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/Invoice.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mentordesk {

class Formatter;

/// One invoice in full: number, payer, dates and status; its lines grouped by learner and enrollment;
/// the taxes per rate; totals, payments and credit notes; and the actions that fit its state (issue a
/// draft; record a payment, credit or export an issued invoice).
class InvoiceDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceDetailView(const Formatter& format, QWidget* parent = nullptr);

    /// Shows the invoice, or the "nothing selected" state for nullopt.
    void setDetail(std::optional<InvoiceDetail> detail);
    [[nodiscard]] const std::optional<InvoiceDetail>& detail() const { return m_detail; }

    [[nodiscard]] QTreeWidget* lines() const { return m_lines; }
    [[nodiscard]] QTreeWidget* taxes() const { return m_taxes; }
    [[nodiscard]] QTreeWidget* payments() const { return m_payments; }
    [[nodiscard]] QPushButton* issueButton() const { return m_issue; }
    [[nodiscard]] QPushButton* paymentButton() const { return m_pay; }
    [[nodiscard]] QPushButton* creditButton() const { return m_credit; }
    [[nodiscard]] QPushButton* pdfButton() const { return m_pdf; }
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString totalsText() const;

signals:
    void issueRequested();
    void paymentRequested();
    void creditRequested();
    void pdfRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void fillLines(const InvoiceDetail& d);
    void fillTaxes(const InvoiceDetail& d);
    void fillPayments(const InvoiceDetail& d);

    const Formatter& m_format;
    std::optional<InvoiceDetail> m_detail;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_linesLabel = nullptr;
    QTreeWidget* m_lines = nullptr;
    QLabel* m_taxesLabel = nullptr;
    QTreeWidget* m_taxes = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_paymentsLabel = nullptr;
    QTreeWidget* m_payments = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_credit = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace mentordesk
