// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/CreditNoteDialog.h"

#include "billing/InvoiceActions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

CreditNoteDialog::CreditNoteDialog(InvoiceActions& actions, const Invoice& invoice, const QString& balanceText,
                                   QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_invoice(invoice)
{
    setObjectName(QStringLiteral("CreditNoteDialog"));
    setWindowTitle(tr("Credit Invoice %1").arg(invoice.numberText));
    auto* explanation = new QLabel(
        tr("Issue a credit note that cancels invoice %1 in full?\n\nThe invoice stays as it is; the credit note "
           "gets the next credit-note number and cannot be deleted. Whatever the payer already paid (balance "
           "now %2) becomes their credit, and the lessons it billed can be billed again by the next run.")
            .arg(invoice.numberText, balanceText),
        this);
    explanation->setWordWrap(true);
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString CreditNoteDialog::errorText() const
{
    return m_error->text();
}

bool CreditNoteDialog::save()
{
    auto note = m_actions.creditInFull(m_invoice.meta.id, m_reason->text().trimmed());
    if (!note) {
        m_error->setText(note.error().message);
        m_error->show();
        m_reason->setFocus();
        return false;
    }
    m_note = *note;
    accept();
    return true;
}

} // namespace mentordesk
