// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccountDialog.h"

#include "security/PasswordHasher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b3261e;");

} // namespace

AccountDialog::AccountDialog(Mode mode, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_submit(std::move(submit))
    , m_general(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("accountDialog"));
    if (mode == Mode::ChangePassword) {
        setWindowTitle(tr("Change Your Password"));
        m_current = addLine(QStringLiteral("current_password"), tr("&Current password:"), true);
        m_current->setToolTip(tr("The password you signed in with"));
    } else {
        setWindowTitle(mode == Mode::CreateOwner ? tr("Create the Owner Account") : tr("Add Account"));
        m_username = addLine(QStringLiteral("username"), tr("&Username:"), false);
        m_name = addLine(QStringLiteral("display_name"), tr("&Name:"), false);
        m_username->setPlaceholderText(tr("e.g. anna"));
        m_username->setToolTip(tr("What this person types to sign in: 2 to 64 letters, digits, dots, dashes, "
                                  "underscores or @"));
        m_name->setPlaceholderText(tr("e.g. Anna Berg"));
        m_name->setToolTip(tr("The full name shown in the audit log and on the lock screen"));
    }
    if (mode == Mode::AddAccount) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        for (Role role : {Role::Mentor, Role::FrontDesk, Role::Owner}) {
            m_role->addItem(roleLabel(role), static_cast<int>(role));
        }
        m_role->setToolTip(tr("Owner: everything. Mentor: own learners and lessons. Front desk: scheduling and "
                              "people, no money runs"));
        m_form->addRow(tr("&Role:"), m_role);
        addError(QStringLiteral("role"));
        m_mentor = new QComboBox(this);
        m_mentor->setObjectName(QStringLiteral("mentor"));
        m_mentor->setToolTip(tr("The mentor this account teaches as; it sees that mentor's learners and lessons"));
        m_form->addRow(tr("&Mentor record:"), m_mentor);
        addError(QStringLiteral("mentor_id"));
        connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::roleChanged);
    }
    const QString passwordLabel = mode == Mode::AddAccount       ? tr("&Temporary password:")
                                  : mode == Mode::ChangePassword ? tr("&New password:")
                                                                 : tr("&Password:");
    m_password = addLine(QStringLiteral("password"), passwordLabel, true);
    m_password->setPlaceholderText(tr("at least %n character(s)", nullptr, PasswordHasher::minimumLength()));
    m_password->setToolTip(mode == Mode::AddAccount ? tr("The person changes it after the first sign-in")
                                                    : tr("Nobody can recover a lost password: keep it safe"));
    m_repeat = addLine(QStringLiteral("repeat"), tr("R&epeat password:"), true);
    m_repeat->setPlaceholderText(tr("the same password again"));

    m_general->setWordWrap(true);
    m_general->setStyleSheet(kErrorStyle);
    m_general->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::CreateOwner) {
        auto* intro = new QLabel(tr("Everyone will sign in from now on. The owner may do everything, including "
                                    "adding the other accounts. Keep the password safe: nobody can recover it."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    roleChanged();
}

QLineEdit* AccountDialog::addLine(const QString& key, const QString& label, bool secret)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(key);
    if (secret) {
        line->setEchoMode(QLineEdit::Password);
    }
    m_form->addRow(label, line);
    addError(key);
    return line;
}

void AccountDialog::addError(const QString& key)
{
    auto* error = new QLabel(this);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(kErrorStyle);
    m_form->addRow(QString(), error);
    m_form->setRowVisible(error, false);
    m_errors.insert(key, error);
}

void AccountDialog::setMentors(const QList<QPair<Id, QString>>& mentors)
{
    if (m_mentor == nullptr) {
        return;
    }
    m_mentor->clear();
    for (const auto& [id, name] : mentors) {
        m_mentor->addItem(name, id);
    }
}

void AccountDialog::roleChanged()
{
    if (m_role != nullptr) {
        m_form->setRowVisible(m_mentor, m_role->currentData().toInt() == static_cast<int>(Role::Mentor));
    }
}

AccountInput AccountDialog::input() const
{
    AccountInput input;
    input.username = m_username ? m_username->text().trimmed() : QString();
    input.displayName = m_name ? m_name->text().trimmed() : QString();
    input.role = m_role ? static_cast<Role>(m_role->currentData().toInt()) : Role::Owner;
    if (m_mentor != nullptr && input.role == Role::Mentor && m_mentor->currentIndex() >= 0) {
        input.mentorId = m_mentor->currentData().toString();
    }
    input.password = m_password->text();
    return input;
}

QString AccountDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

QString AccountDialog::errorFor(const QString& field) const
{
    if (QLabel* label = m_errors.value(field); label != nullptr && m_form->isRowVisible(label)) {
        return label->text();
    }
    return field.isEmpty() && !m_general->isHidden() ? m_general->text() : QString();
}

void AccountDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        m_form->setRowVisible(label, false);
    }
    m_general->hide();
}

void AccountDialog::showError(const Error& error)
{
    if (QLabel* label = m_errors.value(error.field); label != nullptr) {
        label->setText(error.message);
        m_form->setRowVisible(label, true);
        if (auto* editor = findChild<QWidget*>(error.field)) {
            editor->setFocus();
        }
        return;
    }
    m_general->setText(error.message);
    m_general->show();
}

void AccountDialog::accept()
{
    clearErrors();
    if (m_password->text() != m_repeat->text()) {
        showError(Error::invalid(QStringLiteral("repeat"), tr("The two passwords differ.")));
        return;
    }
    if (auto done = m_submit(*this); !done) {
        showError(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace mentordesk
