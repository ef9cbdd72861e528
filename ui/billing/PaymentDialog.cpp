// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PaymentDialog.h"

#include "billing/InvoiceActions.h"
#include "invoices/InvoiceService.h"
#include "money/Money.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

PaymentDialog::PaymentDialog(StudioSession& session, InvoiceActions& actions, const Invoice& invoice, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actions(actions)
    , m_invoice(invoice)
{
    setObjectName(QStringLiteral("PaymentDialog"));
    setWindowTitle(tr("Record Payment for %1").arg(invoice.numberText));
    auto today = InvoiceService(session.db(), session.clock()).today();
    m_date = new QDateEdit(today ? *today : QDate::currentDate(), this);
    m_date->setToolTip(tr("The day the money arrived (YYYY-MM-DD)"));
    m_date->setCalendarPopup(true);
    m_date->setObjectName(QStringLiteral("paidOn"));
    m_amount = new QLineEdit(Money(invoice.balanceMinor(), session.format().currency()).toPlainString(), this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setToolTip(tr("Amount received in %1, e.g. 120.50; anything above the balance is kept as the payer's "
                            "credit")
                             .arg(session.format().currency().code()));
    m_method = new QComboBox(this);
    m_method->setToolTip(tr("How the payer paid"));
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString& key : PaymentService::methods()) {
        if (key != u"payer_credit") {
            m_method->addItem(methodName(key), key);
        }
    }
    m_method->setCurrentIndex(std::max(0, m_method->findData(QStringLiteral("bank_transfer"))));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Bank reference, receipt number… (optional)"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(new QLabel(tr("Balance due: <b>%1</b>").arg(session.format().money(invoice.balanceMinor())), this));
    form->addRow(tr("Paid &on:"), m_date);
    form->addRow(tr("&Amount (%1):").arg(session.format().currency().code()), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Re&ference:"), m_reference);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Payment"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString PaymentDialog::methodName(const QString& key)
{
    if (key == u"cash") {
        return tr("Cash");
    }
    if (key == u"bank_transfer") {
        return tr("Bank transfer");
    }
    if (key == u"card") {
        return tr("Card");
    }
    if (key == u"cheque") {
        return tr("Cheque");
    }
    if (key == u"online") {
        return tr("Online payment");
    }
    if (key == u"payer_credit") {
        return tr("Payer credit");
    }
    if (key == u"other") {
        return tr("Other");
    }
    return key;
}

QString PaymentDialog::errorText() const
{
    return m_error->text();
}

bool PaymentDialog::save()
{
    auto amount = Money::parse(m_amount->text().trimmed(), m_session.format().currency());
    if (!amount) {
        m_error->setText(tr("Amount: %1").arg(amount.error().message));
        m_error->show();
        m_amount->setFocus();
        return false;
    }
    PaymentInput input;
    input.paidOn = m_date->date();
    input.amountMinor = amount->minorUnits();
    input.method = m_method->currentData().toString();
    input.reference = m_reference->text().trimmed();
    auto outcome = m_actions.recordPayment(m_invoice.meta.id, input);
    if (!outcome) {
        m_error->setText(outcome.error().message);
        m_error->show();
        return false;
    }
    m_outcome = *outcome;
    m_error->clear();
    m_error->hide();
    accept();
    return true;
}

} // namespace mentordesk
