// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/NewStudioDialog.h"

#include "security/AccountService.h"
#include "storage/Database.h"
#include "storage/StudioLocation.h"
#include "studio/StudioService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}
} // namespace

NewStudioDialog::NewStudioDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
{
    setWindowTitle(tr("New Studio"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("studioName"));
    m_name->setPlaceholderText(tr("e.g. Harbour Lights Music Studio"));
    m_name->setToolTip(tr("The name printed on invoices and shown in the title bar."));
    m_nameError = errorLabel(this);
    form->addRow(tr("Studio &name:"), m_name);
    form->addRow(QString(), m_nameError);

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CNY"),
                          QStringLiteral("SGD"), QStringLiteral("HKD"), QStringLiteral("AUD"), QStringLiteral("CAD"),
                          QStringLiteral("CHF"), QStringLiteral("JPY")});
    const QString localCurrency = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    if (!localCurrency.isEmpty()) {
        m_currency->setCurrentText(localCurrency);
    }
    m_currency->setToolTip(tr("ISO 4217 code of the currency you bill in. It cannot be changed once invoices exist."));
    m_currencyError = errorLabel(this);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(QString(), m_currencyError);

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_timeZone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_timeZone->setToolTip(tr("Lesson times are shown in this time zone."));
    m_timeZoneError = errorLabel(this);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(QString(), m_timeZoneError);

    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setToolTip(tr("Language of the interface; each payer can still get invoices in their own language."));
    form->addRow(tr("&Language:"), m_language);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("studioFile"));
    m_file->setText(QFileInfo(defaultStudioPath()).absoluteFilePath());
    m_file->setToolTip(tr("The studio is one file. Keep it on a local disk, not on a network share or a sync folder."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_fileError = errorLabel(this);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(QString(), m_fileError);
    connect(browse, &QPushButton::clicked, this, &NewStudioDialog::browse);

    m_signIn = new QCheckBox(tr("Everyone &signs in (a computer shared by several people)"), this);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setChecked(true);
    m_signIn->setToolTip(tr("Untick on your own computer if you work alone: the studio then opens without a "
                            "password. You can turn sign-in on later in Settings."));
    form->addRow(tr("Sign-in:"), m_signIn);
    m_ownerName = new QLineEdit(this);
    m_ownerName->setObjectName(QStringLiteral("ownerUsername"));
    m_ownerName->setText(qEnvironmentVariable("USER"));
    m_ownerName->setToolTip(tr("Your username as the studio's owner (you can add mentors' accounts later)."));
    m_ownerPassword = new QLineEdit(this);
    m_ownerPassword->setObjectName(QStringLiteral("ownerPassword"));
    m_ownerPassword->setEchoMode(QLineEdit::Password);
    m_ownerPassword->setPlaceholderText(tr("At least 8 characters"));
    m_ownerConfirm = new QLineEdit(this);
    m_ownerConfirm->setPlaceholderText(tr("The same password again"));
    m_ownerConfirm->setObjectName(QStringLiteral("ownerConfirm"));
    m_ownerConfirm->setEchoMode(QLineEdit::Password);
    m_ownerError = errorLabel(this);
    form->addRow(tr("Owner &username:"), m_ownerName);
    form->addRow(tr("&Password:"), m_ownerPassword);
    form->addRow(tr("&Repeat password:"), m_ownerConfirm);
    form->addRow(QString(), m_ownerError);
    connect(m_signIn, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_ownerName, m_ownerPassword, m_ownerConfirm}) {
            w->setEnabled(on);
        }
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Studio"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewStudioDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewStudioDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void NewStudioDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Studio File"), m_file->text(), tr("MentorDesk studios (*.mentordesk)"));
    if (!path.isEmpty()) {
        m_file->setText(path.endsWith(QStringLiteral(".mentordesk")) ? path : path + QStringLiteral(".mentordesk"));
    }
}

void NewStudioDialog::clearErrors()
{
    for (QLabel* label : {m_nameError, m_currencyError, m_timeZoneError, m_fileError, m_ownerError}) {
        label->hide();
    }
}

void NewStudioDialog::showError(const QString& field, const QString& message)
{
    QLabel* label = m_fileError;
    QWidget* focus = m_file;
    if (field == QStringLiteral("name")) {
        label = m_nameError;
        focus = m_name;
    } else if (field == QStringLiteral("currency")) {
        label = m_currencyError;
        focus = m_currency;
    } else if (field == QStringLiteral("time_zone")) {
        label = m_timeZoneError;
        focus = m_timeZone;
    } else if (field == QStringLiteral("username") || field == QStringLiteral("display_name")) {
        label = m_ownerError;
        focus = m_ownerName;
    } else if (field == QStringLiteral("password")) {
        label = m_ownerError;
        focus = m_ownerPassword;
    }
    label->setText(message);
    label->show();
    focus->setFocus();
}

void NewStudioDialog::accept()
{
    clearErrors();
    StudioSettings settings;
    settings.name = m_name->text();
    settings.currency = m_currency->currentText();
    settings.timeZone = m_timeZone->currentText();
    settings.language = m_language->currentData().toString();
    // Why the fallback: a machine without a configured locale reports "C", which is no place's format.
    const QString systemLocale = QLocale::system().name();
    settings.locale = settings.language == QStringLiteral("zh_CN")                    ? QStringLiteral("zh_CN")
                      : systemLocale == QStringLiteral("C") || systemLocale.isEmpty() ? QStringLiteral("en_US")
                                                                                      : systemLocale;
    auto valid = StudioService::validate(settings);
    if (!valid) {
        showError(valid.error().field, valid.error().message);
        return;
    }
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        showError(QStringLiteral("file"), tr("Choose where to keep the studio file."));
        return;
    }
    if (QFileInfo::exists(path)) {
        showError(QStringLiteral("file"), tr("“%1” already exists. Choose another file name, or open it with "
                                             "File ▸ Open Studio.")
                                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (m_signIn->isChecked() && m_ownerPassword->text() != m_ownerConfirm->text()) {
        showError(QStringLiteral("password"), tr("The two passwords differ."));
        return;
    }
    auto db = Database::open(path);
    if (!db) {
        showError(QStringLiteral("file"), db.error().message);
        return;
    }
    auto created = StudioService(**db, m_clock).initialize(*valid);
    Result<void> owner;
    if (created && m_signIn->isChecked()) {
        AccountInput input;
        input.username = m_ownerName->text().trimmed();
        input.role = Role::Owner;
        input.password = m_ownerPassword->text();
        if (auto account = AccountService(**db, m_clock).createOwner(input); !account) {
            owner = fail(account.error());
        }
    }
    if (!created || !owner) {
        const Error error = !created ? created.error() : owner.error();
        db->reset();
        QFile::remove(path);
        showError(error.field, error.message);
        return;
    }
    m_createdPath = path;
    QDialog::accept();
}

} // namespace mentordesk
