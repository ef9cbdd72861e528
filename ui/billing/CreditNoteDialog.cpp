// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/CreditNoteDialog.h"

#include "billing/InvoiceActions.h"
#include "common/Formatter.h"
#include "money/Money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

CreditNoteDialog::CreditNoteDialog(InvoiceActions& actions, const InvoiceDetail& invoice, const Formatter& format,
                                   QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_invoice(invoice)
    , m_format(format)
{
    setObjectName(QStringLiteral("CreditNoteDialog"));
    const Invoice& inv = invoice.invoice;
    setWindowTitle(tr("Credit Invoice %1").arg(inv.numberText));
    auto* explanation = new QLabel(
        tr("Issue a credit note against invoice %1?\n\nThe invoice stays as it is; the credit note gets the next "
           "credit-note number and cannot be deleted. Whatever it takes off beyond what is still open (balance now "
           "%2) becomes the payer's credit.")
            .arg(inv.numberText, format.money(inv.balanceMinor())),
        this);
    explanation->setWordWrap(true);
    m_full = new QRadioButton(tr("Credit the &whole invoice (void): the lessons it billed can be billed again"), this);
    m_full->setToolTip(tr("Cancels the whole invoice; its lessons become billable again in the next run"));
    m_full->setObjectName(QStringLiteral("creditFull"));
    m_partial = new QRadioButton(tr("Credit &selected lines (amounts can be lowered):"), this);
    m_partial->setToolTip(
        tr("Credits only the ticked lines; edit the Credit column to credit less than a line's amount"));
    m_partial->setObjectName(QStringLiteral("creditLines"));
    m_full->setChecked(true);

    m_lines = new QTableWidget(0, 3, this);
    m_lines->setTabKeyNavigation(false);
    m_lines->setObjectName(QStringLiteral("creditLineTable"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Amount"), tr("Credit")});
    m_lines->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    const Currency& currency = format.currency();
    for (const InvoiceLine& l : invoice.lines) {
        if (l.amountMinor == 0) {
            continue; // nothing to credit; a full credit still releases what it billed
        }
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto* line = new QTableWidgetItem(
            l.groupLabel.isEmpty() ? l.description : QStringLiteral("%1 — %2").arg(l.groupLabel, l.description));
        line->setFlags((line->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        line->setCheckState(Qt::Unchecked);
        line->setData(Qt::UserRole, l.meta.id);
        line->setToolTip(line->text());
        m_lines->setItem(row, LineColumn, line);
        auto* amount = new QTableWidgetItem(format.money(l.amountMinor));
        amount->setFlags(amount->flags() & ~Qt::ItemIsEditable);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, AmountColumn, amount);
        auto* credit = new QTableWidgetItem(Money(l.amountMinor, currency).toPlainString());
        credit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, CreditColumn, credit);
    }
    m_lines->resizeColumnToContents(AmountColumn);
    m_lines->resizeColumnToContents(CreditColumn);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("creditReason"));
    m_reason->setPlaceholderText(tr("Printed on the credit note, e.g. “Lessons billed twice”"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("creditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue Credit Note"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_full, &QRadioButton::toggled, this, [this] { syncMode(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_full);
    layout->addWidget(m_partial);
    layout->addWidget(m_lines, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    syncMode();
    resize(620, 520);
}

void CreditNoteDialog::syncMode()
{
    m_lines->setEnabled(m_partial->isChecked());
}

void CreditNoteDialog::setFullCredit(bool full)
{
    (full ? m_full : m_partial)->setChecked(true);
}

void CreditNoteDialog::chooseLine(int row, const QString& amount)
{
    if (row < 0 || row >= m_lines->rowCount()) {
        return;
    }
    setFullCredit(false);
    m_lines->item(row, LineColumn)->setCheckState(Qt::Checked);
    if (!amount.isEmpty()) {
        m_lines->item(row, CreditColumn)->setText(amount);
    }
}

QString CreditNoteDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CreditNoteDialog::showError(const QString& message, int row)
{
    m_error->setText(message);
    m_error->show();
    if (row >= 0 && row < m_lines->rowCount()) {
        m_lines->setCurrentCell(row, CreditColumn);
        m_lines->setFocus();
    } else {
        m_reason->setFocus();
    }
}

bool CreditNoteDialog::save()
{
    m_error->hide();
    CreditRequest request;
    request.reason = m_reason->text().trimmed();
    QList<int> rows; // table row of each request line (errors name the request's index)
    if (m_partial->isChecked()) {
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            if (m_lines->item(row, LineColumn)->checkState() != Qt::Checked) {
                continue;
            }
            auto amount = Money::parse(m_lines->item(row, CreditColumn)->text().trimmed(), m_format.currency());
            if (!amount) {
                showError(tr("Row %1: %2").arg(row + 1).arg(amount.error().message), row);
                return false;
            }
            request.lines.append({m_lines->item(row, LineColumn)->data(Qt::UserRole).toString(), amount->minorUnits()});
            rows.append(row);
        }
        if (request.lines.isEmpty()) {
            showError(tr("Tick the lines to credit, or credit the whole invoice."));
            return false;
        }
    }
    auto note = m_actions.credit(m_invoice.invoice.meta.id, request);
    if (!note) {
        static const QRegularExpression indexed(QStringLiteral("^lines\\[(\\d+)\\]"));
        const auto match = indexed.match(note.error().field);
        const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
        showError(note.error().message, index >= 0 && index < rows.size() ? rows.at(index) : -1);
        return false;
    }
    m_note = *note;
    accept();
    return true;
}

} // namespace mentordesk
