// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SecuritySettingsForm.h"

#include "security/AccountDialog.h"
#include "security/AccountService.h"
#include "security/AccountsBox.h"
#include "security/AuditLogBox.h"
#include "security/SessionLock.h"
#include "shell/StudioSession.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mentordesk {

SecuritySettingsForm::SecuritySettingsForm(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_signIn(new QGroupBox(this))
    , m_login(new QCheckBox(m_signIn))
    , m_loginNote(new QLabel(m_signIn))
    , m_idleLabel(new QLabel(m_signIn))
    , m_idle(new QSpinBox(m_signIn))
    , m_idleNote(new QLabel(m_signIn))
    , m_who(new QLabel(m_signIn))
    , m_password(new QPushButton(m_signIn))
    , m_status(new QLabel(m_signIn))
    , m_accounts(new AccountsBox(session, this))
    , m_audit(new AuditLogBox(session, this))
{
    setObjectName(QStringLiteral("securitySettings"));
    m_signIn->setObjectName(QStringLiteral("signInBox"));
    m_login->setObjectName(QStringLiteral("loginRequired"));
    m_idle->setObjectName(QStringLiteral("autoLockMinutes"));
    m_password->setObjectName(QStringLiteral("changeOwnPassword"));
    m_idle->setRange(0, 240);
    m_idle->setValue(SessionLock::storedIdleMinutes());
    m_idleLabel->setBuddy(m_idle);
    for (QLabel* label : {m_loginNote, m_idleNote, m_who, m_status}) {
        label->setWordWrap(true);
    }
    m_loginNote->setEnabled(false);
    m_idleNote->setEnabled(false);
    m_status->hide();

    auto* idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleLabel);
    idleRow->addWidget(m_idle);
    idleRow->addStretch(1);
    auto* whoRow = new QHBoxLayout;
    whoRow->addWidget(m_who, 1);
    whoRow->addWidget(m_password);
    auto* signIn = new QVBoxLayout(m_signIn);
    signIn->addWidget(m_login);
    signIn->addWidget(m_loginNote);
    signIn->addLayout(idleRow);
    signIn->addWidget(m_idleNote);
    signIn->addLayout(whoRow);
    signIn->addWidget(m_status);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(14);
    grid->addWidget(m_signIn, 0, 0, Qt::AlignTop);
    grid->addWidget(m_accounts, 0, 1);
    grid->addWidget(m_audit, 1, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    connect(m_login, &QCheckBox::clicked, this, &SecuritySettingsForm::loginClicked);
    connect(m_idle, &QSpinBox::valueChanged, this, &SecuritySettingsForm::setIdleMinutes);
    connect(m_password, &QPushButton::clicked, this, &SecuritySettingsForm::askPassword);
    connect(&m_session, &StudioSession::actorChanged, this, &SecuritySettingsForm::refresh);
    retranslate();
    refresh();
}

void SecuritySettingsForm::retranslate()
{
    m_signIn->setTitle(tr("Sign-in"));
    m_login->setText(tr("Ask everyone to si&gn in"));
    m_loginNote->setText(tr("Off: whoever uses this computer works as the studio's owner. On: everyone signs in "
                            "with their own account and sees only what their role allows."));
    m_idleLabel->setText(tr("Lock after:"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setToolTip(tr("Minutes without use before the window locks (0 = never)"));
    m_idleNote->setText(tr("Minutes without use before the window locks, on this computer (only while sign-in "
                           "is on)."));
    m_password->setText(tr("C&hange Password…"));
}

void SecuritySettingsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SecuritySettingsForm::refresh()
{
    const Actor& actor = m_session.actor();
    const bool owner = actor.role == Role::Owner;
    m_login->setChecked(m_session.loginRequired());
    m_login->setEnabled(owner);
    m_login->setToolTip(owner ? tr("Every account signs in with its username and password when the studio opens")
                              : tr("Only an owner can turn sign-in on or off."));
    const bool signedIn = !actor.accountId.isEmpty();
    m_who->setText(signedIn ? tr("Signed in as %1 (%2).").arg(actor.username, roleLabel(actor.role))
                            : tr("Nobody is signed in: you work as the studio's owner."));
    m_password->setVisible(signedIn);
    m_accounts->refresh();
    m_audit->refresh();
}

bool SecuritySettingsForm::hasNoAccount() const
{
    auto accounts = AccountService(m_session.db(), m_session.clock()).list(m_session.actor());
    return accounts && accounts->isEmpty();
}

Result<void> SecuritySettingsForm::turnLoginOn(const AccountInput& owner)
{
    AccountService service(m_session.db(), m_session.clock());
    if (hasNoAccount()) {
        AccountInput input = owner;
        input.role = Role::Owner;
        auto created = service.createOwner(input);
        if (!created) {
            return fail(created.error());
        }
        m_session.setActor(AccountService::actorOf(*created));
        showStatus(tr("Created the owner account %1; everyone signs in from now on.").arg(created->username), false);
    } else if (auto ok = service.setLoginRequired(m_session.actor(), true); !ok) {
        showStatus(tr("Sign-in was not turned on: %1").arg(ok.error().message), true);
        return ok;
    } else {
        showStatus(tr("Everyone signs in from now on."), false);
    }
    refresh();
    m_session.notifyDataChanged();
    return {};
}

Result<void> SecuritySettingsForm::turnLoginOff()
{
    auto ok = AccountService(m_session.db(), m_session.clock()).setLoginRequired(m_session.actor(), false);
    if (!ok) {
        showStatus(tr("Sign-in was not turned off: %1").arg(ok.error().message), true);
    } else {
        showStatus(tr("Sign-in is off: whoever uses this computer works as the owner."), false);
    }
    refresh();
    return ok;
}

void SecuritySettingsForm::loginClicked(bool on)
{
    if (on && hasNoAccount()) {
        AccountDialog dialog(
            AccountDialog::Mode::CreateOwner, [this](const AccountDialog& d) { return turnLoginOn(d.input()); }, this);
        dialog.exec();
    } else if (on) {
        (void)turnLoginOn();
    } else if (QMessageBox::question(this, tr("Turn Sign-in Off"),
                                     tr("Without sign-in, whoever uses this computer can see and change everything "
                                        "as the owner. Turn sign-in off?")) == QMessageBox::Yes) {
        (void)turnLoginOff();
    }
    refresh();
}

void SecuritySettingsForm::setIdleMinutes(int minutes)
{
    if (m_idle->value() != minutes) {
        m_idle->setValue(minutes); // calls back here through valueChanged
        return;
    }
    SessionLock::storeIdleMinutes(minutes);
    emit idleMinutesChanged(SessionLock::storedIdleMinutes());
}

Result<void> SecuritySettingsForm::changeOwnPassword(const QString& current, const QString& next)
{
    auto ok = AccountService(m_session.db(), m_session.clock()).changePassword(m_session.actor(), current, next);
    if (ok) {
        showStatus(tr("Your password is changed."), false);
    }
    return ok;
}

void SecuritySettingsForm::askPassword()
{
    AccountDialog dialog(
        AccountDialog::Mode::ChangePassword,
        [this](const AccountDialog& d) { return changeOwnPassword(d.currentPassword(), d.input().password); }, this);
    dialog.exec();
}

void SecuritySettingsForm::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setText(text);
    m_status->show();
}

QString SecuritySettingsForm::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

} // namespace mentordesk
