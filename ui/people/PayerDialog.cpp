// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayerDialog.h"

#include "people/PayerService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

PayerDialog::PayerDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("PayerDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("invoiceLanguage"));
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("zh_CN"));
    m_taxId = new QLineEdit(this);
    m_taxId->setObjectName(QStringLiteral("taxId"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QPair<QString, QWidget*>> rows = {
        {QStringLiteral("name"), m_name},
        {QStringLiteral("email"), m_email},
        {QStringLiteral("phone"), m_phone},
        {QStringLiteral("address"), m_address},
        {QStringLiteral("invoice_language"), m_language},
        {QStringLiteral("tax_id"), m_taxId},
        {QStringLiteral("notes"), m_notes},
    };
    for (const auto& [key, field] : rows) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, m_errors.wrap(key, field));
    }
    QLabel* general = FieldErrorMap::createMessageLabel(this);
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PayerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PayerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    QWidget* order[] = {m_name, m_email, m_phone, m_address, m_language, m_taxId, m_notes, m_buttons};
    for (std::size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
    resize(520, 480);
    retranslate();
    m_name->setFocus();
}

void PayerDialog::setPayer(const Payer& payer)
{
    m_payer = payer;
    m_editing = true;
    m_name->setText(payer.name);
    m_email->setText(payer.email);
    m_phone->setText(payer.phone);
    m_address->setPlainText(payer.address);
    m_language->setCurrentIndex(std::max(0, m_language->findData(payer.invoiceLanguage)));
    m_taxId->setText(payer.taxId);
    m_notes->setPlainText(payer.notes);
    retranslate();
}

PayerInput PayerDialog::input() const
{
    return {m_name->text(),
            m_email->text(),
            m_phone->text(),
            m_address->toPlainText(),
            m_language->currentData().toString(),
            m_taxId->text(),
            m_notes->toPlainText()};
}

bool PayerDialog::save()
{
    m_errors.clear();
    PayerService service(m_db, m_clock);
    auto saved = m_editing ? service.edit(m_payer.meta.id, input(), m_payer.meta.version) : service.create(input());
    if (!saved) {
        m_errors.show(saved.error());
        return false;
    }
    m_payer = *saved;
    m_editing = true;
    m_savedId = saved->meta.id;
    emit payerSaved(m_savedId);
    return true;
}

void PayerDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

void PayerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PayerDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit Payer — %1").arg(m_payer.name) : tr("New Payer"));
    const QStringList captions = {tr("&Name:"),    tr("&E-mail:"),           tr("&Phone:"),
                                  tr("&Address:"), tr("Invoice &language:"), tr("&Tax id:"),
                                  tr("N&otes:")};
    for (qsizetype i = 0; i < captions.size() && i < m_labels.size(); ++i) {
        m_labels[i]->setText(captions[i]);
    }
    m_name->setPlaceholderText(tr("e.g. Wang family, or a company name"));
    m_name->setToolTip(tr("Required. Printed on invoices."));
    m_email->setPlaceholderText(tr("Where invoices are sent"));
    m_phone->setPlaceholderText(tr("Optional"));
    m_address->setPlaceholderText(tr("Postal address for invoices"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("Chinese (Simplified)"));
    m_language->setToolTip(tr("The language of this payer's invoices and reminders"));
    m_taxId->setPlaceholderText(tr("Only for companies that need it on invoices"));
    m_notes->setPlaceholderText(tr("Payment habits, contact preferences…"));
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setText(m_editing ? tr("&Save") : tr("A&dd Payer"));
    }
}

} // namespace mentordesk
