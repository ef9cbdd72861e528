// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/InvoiceDetailView.h"

#include "common/Formatter.h"
#include "models/InvoiceListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QTreeWidget* makeTree(int columns, QWidget* parent, const QString& name)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return tree;
}

void alignRight(QTreeWidgetItem* item, int from, int to)
{
    for (int c = from; c <= to; ++c) {
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
}

/// "9 %" from basis points, without trailing zeros.
QString percentText(const QLocale& locale, qint64 bp)
{
    QString number = locale.toString(static_cast<qlonglong>(bp / 100));
    if (bp % 100 != 0) {
        QString frac = QStringLiteral("%1").arg(bp % 100, 2, 10, QLatin1Char('0'));
        while (frac.endsWith(u'0')) {
            frac.chop(1);
        }
        number += locale.decimalPoint() + frac;
    }
    return InvoiceDetailView::tr("%1 %").arg(number);
}

} // namespace

InvoiceDetailView::InvoiceDetailView(const Formatter& format, QWidget* parent)
    : QWidget(parent)
    , m_format(format)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("invoiceTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linesLabel = new QLabel(this);
    m_lines = makeTree(4, this, QStringLiteral("invoiceLines"));
    m_lines->setRootIsDecorated(true);
    m_taxesLabel = new QLabel(this);
    m_taxes = makeTree(4, this, QStringLiteral("invoiceTaxes"));
    m_taxes->setMaximumHeight(90);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paymentsLabel = new QLabel(this);
    m_payments = makeTree(4, this, QStringLiteral("invoicePayments"));
    m_payments->setMaximumHeight(110);

    m_issue = new QPushButton(this);
    m_issue->setObjectName(QStringLiteral("issueInvoice"));
    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("recordPayment"));
    m_credit = new QPushButton(this);
    m_credit->setObjectName(QStringLiteral("creditInvoice"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addWidget(m_pay);
    buttons->addWidget(m_credit);
    buttons->addStretch(1);
    buttons->addWidget(m_pdf);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(buttons);
    layout->addWidget(m_linesLabel);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_taxesLabel);
    layout->addWidget(m_taxes);
    layout->addWidget(m_totals);
    layout->addWidget(m_paymentsLabel);
    layout->addWidget(m_payments);

    connect(m_issue, &QPushButton::clicked, this, &InvoiceDetailView::issueRequested);
    connect(m_pay, &QPushButton::clicked, this, &InvoiceDetailView::paymentRequested);
    connect(m_credit, &QPushButton::clicked, this, &InvoiceDetailView::creditRequested);
    connect(m_pdf, &QPushButton::clicked, this, &InvoiceDetailView::pdfRequested);
    retranslate();
}

void InvoiceDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void InvoiceDetailView::retranslate()
{
    m_linesLabel->setText(tr("<b>Lines</b>"));
    m_taxesLabel->setText(tr("<b>Taxes</b>"));
    m_paymentsLabel->setText(tr("<b>Payments and credit notes</b>"));
    m_lines->setHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit price"), tr("Amount")});
    m_taxes->setHeaderLabels({tr("Rate"), tr("Net"), tr("Tax"), tr("Gross")});
    m_payments->setHeaderLabels({tr("Date"), tr("What"), tr("Reference"), tr("Amount")});
    m_issue->setText(tr("&Issue…"));
    m_issue->setToolTip(tr("Give the draft its number and make it final"));
    m_pay->setText(tr("Record &Payment…"));
    m_pay->setToolTip(tr("Record money received for this invoice"));
    m_credit->setText(tr("Credit &Note…"));
    m_credit->setToolTip(tr("Cancel the invoice with a credit note (issued invoices never change)"));
    m_pdf->setText(tr("Export P&DF…"));
    m_pdf->setToolTip(tr("Save the invoice as a PDF document"));
    refresh();
}

QString InvoiceDetailView::titleText() const
{
    return m_title->text();
}

QString InvoiceDetailView::totalsText() const
{
    return m_totals->text();
}

void InvoiceDetailView::setDetail(std::optional<InvoiceDetail> detail)
{
    m_detail = std::move(detail);
    refresh();
}

void InvoiceDetailView::refresh()
{
    m_lines->clear();
    m_taxes->clear();
    m_payments->clear();
    const bool has = m_detail.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_facts, m_linesLabel, m_lines, m_taxesLabel, m_taxes, m_totals,
                                                      m_paymentsLabel, m_payments, m_pdf}) {
        w->setVisible(has);
    }
    if (!has) {
        m_title->setText(tr("No invoice selected"));
        m_issue->hide();
        m_pay->hide();
        m_credit->hide();
        return;
    }
    const InvoiceDetail& d = *m_detail;
    const Invoice& inv = d.invoice;
    const bool creditNote = inv.kind == InvoiceKind::CreditNote;
    if (!inv.issued) {
        m_title->setText(tr("Draft invoice for %1").arg(inv.payerName));
    } else if (creditNote) {
        m_title->setText(tr("Credit note %1").arg(inv.numberText));
    } else {
        m_title->setText(tr("Invoice %1").arg(inv.numberText));
    }
    QStringList facts;
    facts << tr("Payer: %1").arg(inv.payerName.toHtmlEscaped());
    if (!inv.period.isEmpty()) {
        facts << tr("Period: %1").arg(inv.period);
    }
    facts << tr("Status: <b>%1</b>").arg(InvoiceListModel::statusName(inv.status));
    if (inv.issueDate.isValid()) {
        facts << tr("Issued: %1").arg(m_format.date(inv.issueDate));
    }
    if (inv.dueDate.isValid() && !creditNote) {
        facts << tr("Due: %1").arg(m_format.date(inv.dueDate));
    }
    if (creditNote && !inv.reason.isEmpty()) {
        facts << tr("Reason: %1").arg(inv.reason.toHtmlEscaped());
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    fillLines(d);
    fillTaxes(d);
    fillPayments(d);

    QStringList totals;
    totals << tr("Net %1").arg(m_format.money(inv.netTotal)) << tr("Tax %1").arg(m_format.money(inv.taxTotal))
           << tr("<b>Total %1</b>").arg(m_format.money(inv.grandTotal));
    if (!creditNote && inv.issued) {
        totals << tr("Paid %1").arg(m_format.money(inv.paidMinor));
        if (inv.creditedMinor != 0) {
            totals << tr("Credited %1").arg(m_format.money(inv.creditedMinor));
        }
        totals << tr("<b>Balance %1</b>").arg(m_format.money(inv.balanceMinor()));
    }
    m_totals->setText(totals.join(QStringLiteral(" · ")));

    const bool open = inv.issued && !creditNote && inv.status != InvoiceStatus::Credited;
    m_issue->setVisible(!inv.issued);
    m_pay->setVisible(open);
    m_pay->setEnabled(inv.balanceMinor() > 0);
    m_credit->setVisible(open);
}

void InvoiceDetailView::fillLines(const InvoiceDetail& d)
{
    QTreeWidgetItem* group = nullptr;
    QString currentLabel;
    QFont bold = m_lines->font();
    bold.setBold(true);
    for (const InvoiceLine& line : d.lines) {
        if (!group || line.groupLabel != currentLabel) {
            currentLabel = line.groupLabel;
            group = new QTreeWidgetItem(m_lines);
            group->setText(0, currentLabel.isEmpty() ? tr("Whole invoice") : currentLabel);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group);
        item->setText(0, line.description);
        item->setToolTip(0, line.description);
        const bool minutes = line.unit == u"minutes";
        // Credit-note lines carry negative quantities: one minus sign before the whole duration.
        const QString duration =
            line.quantity < 0 ? tr("−%1").arg(m_format.duration(-line.quantity)) : m_format.duration(line.quantity);
        item->setText(1, minutes ? duration : m_format.locale().toString(static_cast<qlonglong>(line.quantity)));
        item->setText(2, minutes ? tr("%1/h").arg(m_format.money(line.unitPriceMinor))
                                 : m_format.money(line.unitPriceMinor));
        item->setText(3, m_format.money(line.amountMinor));
        alignRight(item, 1, 3);
    }
    m_lines->expandAll();
}

void InvoiceDetailView::fillTaxes(const InvoiceDetail& d)
{
    for (const InvoiceTax& tax : d.taxes) {
        auto* item = new QTreeWidgetItem(m_taxes);
        if (tax.taxRateId.isEmpty()) {
            item->setText(0, tr("No tax"));
        } else {
            // The label usually names the rate already ("GST 9 %"); add it only when it does not.
            const QString rate = percentText(m_format.locale(), tax.rateBp);
            item->setText(0, tax.label.isEmpty() ? rate : tax.label);
            item->setToolTip(0, rate);
        }
        item->setText(1, m_format.money(tax.net));
        item->setText(2, m_format.money(tax.tax));
        item->setText(3, m_format.money(tax.gross));
        alignRight(item, 1, 3);
    }
}

void InvoiceDetailView::fillPayments(const InvoiceDetail& d)
{
    for (const Payment& p : d.payments) {
        auto* item = new QTreeWidgetItem(m_payments);
        item->setText(0, m_format.date(p.paidOn));
        item->setText(1, p.method == u"payer_credit" ? tr("Payer credit used") : tr("Payment (%1)").arg(p.method));
        item->setText(2, p.reference);
        item->setText(3, m_format.money(p.appliedMinor));
        if (p.amountMinor != p.appliedMinor) {
            item->setToolTip(3,
                             tr("%1 received; %2 kept as payer credit")
                                 .arg(m_format.money(p.amountMinor), m_format.money(p.amountMinor - p.appliedMinor)));
        }
        alignRight(item, 3, 3);
    }
    for (const Invoice& note : d.creditNotes) {
        auto* item = new QTreeWidgetItem(m_payments);
        item->setText(0, note.issueDate.isValid() ? m_format.date(note.issueDate) : QString());
        item->setText(1, note.kind == InvoiceKind::CreditNote ? tr("Credit note %1").arg(note.numberText)
                                                              : tr("Corrects invoice %1").arg(note.numberText));
        item->setText(2, note.reason);
        item->setText(3, m_format.money(note.grandTotal));
        alignRight(item, 3, 3);
    }
}

} // namespace mentordesk
