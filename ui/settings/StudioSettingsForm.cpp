// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/StudioSettingsForm.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeZone>

namespace mentordesk {

namespace {

const QStringList& commonLocales()
{
    static const QStringList list = {
        QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("en_AU"), QStringLiteral("en_CA"),
        QStringLiteral("en_IE"), QStringLiteral("en_SG"), QStringLiteral("de_DE"), QStringLiteral("de_AT"),
        QStringLiteral("de_CH"), QStringLiteral("fr_FR"), QStringLiteral("fr_CH"), QStringLiteral("es_ES"),
        QStringLiteral("it_IT"), QStringLiteral("nl_NL"), QStringLiteral("pt_BR"), QStringLiteral("pl_PL"),
        QStringLiteral("sv_SE"), QStringLiteral("ja_JP"), QStringLiteral("ko_KR"), QStringLiteral("zh_CN"),
        QStringLiteral("zh_TW"), QStringLiteral("zh_HK")};
    return list;
}

QString localeLabel(const QString& name)
{
    const QLocale locale(name);
    return QStringLiteral("%1 — %2").arg(
        locale.nativeLanguageName() + QStringLiteral(" (") + locale.nativeTerritoryName() + u')', name);
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace

StudioSettingsForm::StudioSettingsForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_taxId(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_currencyNote(new QLabel(this))
    , m_locale(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_paymentTerms(new QSpinBox(this))
    , m_weekStart(new QComboBox(this))
{
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 14);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CNY"),
                          QStringLiteral("SGD"), QStringLiteral("HKD"), QStringLiteral("AUD"), QStringLiteral("CAD"),
                          QStringLiteral("CHF"), QStringLiteral("JPY")});
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currencyNote->setWordWrap(true);
    m_currencyNote->setEnabled(false); // greyed explanation
    m_currencyNote->hide();
    for (const QString& name : commonLocales()) {
        m_locale->addItem(localeLabel(name), name);
    }
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_paymentTerms->setRange(0, 365);
    for (int day = 1; day <= 7; ++day) {
        m_weekStart->addItem(QString(), day);
    }

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, QStringLiteral("name"), m_name);
    addField(form, QStringLiteral("address"), m_address);
    addField(form, QStringLiteral("tax_id"), m_taxId);
    addField(form, QStringLiteral("email"), m_email);
    addField(form, QStringLiteral("phone"), m_phone);
    addField(form, QStringLiteral("currency"), m_currency);
    form->addRow(QString(), m_currencyNote);
    addField(form, QStringLiteral("locale"), m_locale);
    addField(form, QStringLiteral("time_zone"), m_timeZone);
    addField(form, QStringLiteral("payment_terms_days"), m_paymentTerms);
    addField(form, QStringLiteral("week_starts_on"), m_weekStart);
    QWidget* previous = nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_address, m_taxId, m_email, m_phone, m_currency,
                                                      m_locale, m_timeZone, m_paymentTerms, m_weekStart}) {
        if (previous) {
            setTabOrder(previous, w);
        }
        previous = w;
    }

    for (QLineEdit* line : {m_name, m_taxId, m_email, m_phone}) {
        connect(line, &QLineEdit::textEdited, this, &StudioSettingsForm::edited);
    }
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] {
        if (m_address->hasFocus()) {
            emit edited();
        }
    });
    for (QComboBox* box : {m_currency, m_locale, m_timeZone, m_weekStart}) {
        connect(box, &QComboBox::activated, this, &StudioSettingsForm::edited);
    }
    connect(m_currency, &QComboBox::editTextChanged, this, [this] {
        if (m_currency->hasFocus()) {
            emit edited();
        }
    });
    connect(m_timeZone, &QComboBox::editTextChanged, this, [this] {
        if (m_timeZone->hasFocus()) {
            emit edited();
        }
    });
    connect(m_paymentTerms, &QSpinBox::valueChanged, this, [this] {
        if (m_paymentTerms->hasFocus()) {
            emit edited();
        }
    });
    retranslate();
}

void StudioSettingsForm::addField(QFormLayout* form, const QString& key, QWidget* editor)
{
    auto* label = new QLabel(this);
    label->setBuddy(editor);
    QLabel* error = errorLabel(this);
    m_labels.insert(key, label);
    m_errors.insert(key, error);
    m_editors.insert(key, editor);
    form->addRow(label, editor);
    form->addRow(QString(), error);
}

void StudioSettingsForm::retranslate()
{
    m_labels[QStringLiteral("name")]->setText(tr("Studio &name:"));
    m_name->setPlaceholderText(tr("e.g. Harbour Lights Music Studio"));
    m_name->setToolTip(tr("The name printed on invoices and shown in the title bar."));
    m_labels[QStringLiteral("address")]->setText(tr("&Address:"));
    m_address->setPlaceholderText(tr("Street, postcode and city, as printed on invoices"));
    m_address->setToolTip(tr("The postal address printed on invoices."));
    m_labels[QStringLiteral("tax_id")]->setText(tr("&Tax ID:"));
    m_taxId->setPlaceholderText(tr("VAT or tax number, if you have one"));
    m_taxId->setToolTip(tr("Printed on invoices when set."));
    m_labels[QStringLiteral("email")]->setText(tr("&E-mail:"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setToolTip(tr("The studio's contact address, printed on invoices."));
    m_labels[QStringLiteral("phone")]->setText(tr("Phone:"));
    m_phone->setPlaceholderText(tr("+49 30 1234567"));
    m_phone->setToolTip(tr("The studio's phone number, printed on invoices."));
    m_labels[QStringLiteral("currency")]->setText(tr("&Currency:"));
    m_labels[QStringLiteral("locale")]->setText(tr("&Formats:"));
    m_locale->setToolTip(tr("How dates, numbers and amounts are written (for example 1,234.50 or 1.234,50)."));
    m_labels[QStringLiteral("time_zone")]->setText(tr("Time &zone:"));
    m_timeZone->setToolTip(tr("Lesson times are shown in this time zone. Type part of a name, such as Berlin or "
                              "Shanghai, to find it."));
    m_timeZone->lineEdit()->setPlaceholderText(tr("e.g. Europe/Berlin"));
    m_labels[QStringLiteral("payment_terms_days")]->setText(tr("Pa&yment terms:"));
    m_paymentTerms->setSuffix(tr(" days"));
    m_paymentTerms->setSpecialValueText(tr("Due on receipt"));
    m_paymentTerms->setToolTip(tr("Days between an invoice's date and its due date."));
    m_labels[QStringLiteral("week_starts_on")]->setText(tr("&Week starts on:"));
    m_weekStart->setToolTip(tr("The first day of the week in the calendar and in weekly reports."));
    fillWeekDays();
    setCurrencyLocked(m_currencyLocked);
}

void StudioSettingsForm::fillWeekDays()
{
    const QLocale ui; // the interface language, not the studio's formats
    for (int i = 0; i < m_weekStart->count(); ++i) {
        m_weekStart->setItemText(i, ui.standaloneDayName(m_weekStart->itemData(i).toInt(), QLocale::LongFormat));
    }
}

void StudioSettingsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void StudioSettingsForm::load(const StudioSettings& settings)
{
    m_loaded = settings;
    m_name->setText(settings.name);
    m_address->setPlainText(settings.address);
    m_taxId->setText(settings.taxId);
    m_email->setText(settings.email);
    m_phone->setText(settings.phone);
    m_currency->setCurrentText(settings.currency);
    int locale = m_locale->findData(settings.locale);
    if (locale < 0) {
        m_locale->addItem(localeLabel(settings.locale), settings.locale);
        locale = m_locale->count() - 1;
    }
    m_locale->setCurrentIndex(locale);
    m_timeZone->setCurrentText(settings.timeZone);
    m_paymentTerms->setValue(settings.paymentTermsDays);
    m_weekStart->setCurrentIndex(std::max(0, m_weekStart->findData(settings.weekStartsOn)));
    clearErrors();
}

StudioSettings StudioSettingsForm::read() const
{
    StudioSettings s = m_loaded;
    s.name = m_name->text();
    s.address = m_address->toPlainText();
    s.taxId = m_taxId->text();
    s.email = m_email->text();
    s.phone = m_phone->text();
    s.currency = m_currency->currentText().trimmed().toUpper();
    s.locale = m_locale->currentData().toString();
    s.timeZone = m_timeZone->currentText().trimmed();
    s.paymentTermsDays = m_paymentTerms->value();
    s.weekStartsOn = m_weekStart->currentData().toInt();
    return s;
}

bool StudioSettingsForm::showError(const Error& error)
{
    QLabel* label = m_errors.value(error.field);
    if (!label) {
        return false;
    }
    label->setText(error.message);
    label->show();
    if (QWidget* editor = m_editors.value(error.field)) {
        editor->setFocus();
    }
    return true;
}

void StudioSettingsForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

QString StudioSettingsForm::errorFor(const QString& fieldKey) const
{
    const QLabel* label = m_errors.value(fieldKey);
    return label && !label->isHidden() ? label->text() : QString();
}

QWidget* StudioSettingsForm::editor(const QString& fieldKey) const
{
    return m_editors.value(fieldKey);
}

QLabel* StudioSettingsForm::label(const QString& fieldKey) const
{
    return m_labels.value(fieldKey);
}

void StudioSettingsForm::setCurrencyLocked(bool locked)
{
    m_currencyLocked = locked;
    m_currency->setEnabled(!locked);
    const QString why = tr("The currency cannot change any more: the studio already has mentors, payers, learners, "
                           "courses or lessons whose amounts are in %1.")
                            .arg(m_loaded.currency);
    m_currency->setToolTip(locked ? why
                                  : tr("ISO 4217 code of the currency you bill in, such as EUR or CNY. It can only "
                                       "be changed while the studio has no records."));
    m_currencyNote->setText(why);
    m_currencyNote->setVisible(locked);
}

} // namespace mentordesk
