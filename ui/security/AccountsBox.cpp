// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccountsBox.h"

#include "people/MentorService.h"
#include "security/AccountDialog.h"
#include "security/AccountService.h"
#include "security/AccountTableModel.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

AccountsBox::AccountsBox(StudioSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_model(new AccountTableModel(session.format(), this))
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_role(new QPushButton(this))
    , m_reset(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountsBox"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(150);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    m_notice->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_add->setObjectName(QStringLiteral("addAccount"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_role);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(0); // keeps the notice at the top when the table is hidden

    connect(m_add, &QPushButton::clicked, this, &AccountsBox::askAdd);
    connect(m_role, &QPushButton::clicked, this, &AccountsBox::askRole);
    connect(m_reset, &QPushButton::clicked, this, &AccountsBox::askReset);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsBox::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsBox::updateButtons);
    retranslate();
    refresh();
}

void AccountsBox::retranslate()
{
    setTitle(tr("Accounts"));
    m_add->setText(tr("A&dd Account…"));
    m_role->setText(tr("Change R&ole…"));
    m_reset->setText(tr("Reset &Password"));
    m_reset->setToolTip(tr("Give the selected account a temporary password that must be changed at its next "
                           "sign-in."));
}

void AccountsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void AccountsBox::refresh()
{
    const bool owner = m_session.actor().role == Role::Owner;
    m_table->setVisible(owner);
    m_add->setVisible(owner);
    m_role->setVisible(owner);
    m_reset->setVisible(owner);
    if (!owner) {
        m_notice->setText(tr("Only an owner can see and change the studio's accounts. You can change your own "
                             "password under Sign-in."));
        m_notice->show();
        m_message->hide();
        m_model->setAccounts({}, {});
        return;
    }
    auto accounts = AccountService(m_session.db(), m_session.clock()).list(m_session.actor());
    if (!accounts) {
        m_notice->setText(tr("The accounts could not be read: %1").arg(accounts.error().message));
        m_notice->show();
        return;
    }
    QHash<Id, QString> names;
    for (const auto& [id, name] : mentorChoices()) {
        names.insert(id, name);
    }
    m_model->setAccounts(*accounts, names);
    m_notice->setText(tr("No accounts yet: everyone works as the studio's owner. Turn on \"Ask everyone to sign "
                         "in\" to create the owner account."));
    m_notice->setVisible(accounts->isEmpty());
}

QList<QPair<Id, QString>> AccountsBox::mentorChoices() const
{
    QList<QPair<Id, QString>> choices;
    auto mentors = MentorService(m_session.db(), m_session.clock()).list({}, {0, 1000});
    if (mentors) {
        for (const Mentor& m : mentors->items) {
            choices.append({m.meta.id, m.name});
        }
    }
    return choices;
}

int AccountsBox::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AccountsBox::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_role->setEnabled(selected);
    m_reset->setEnabled(selected);
}

void AccountsBox::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
    m_message->show();
}

QString AccountsBox::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

Result<Account> AccountsBox::addAccount(const AccountInput& input)
{
    auto added = AccountService(m_session.db(), m_session.clock()).add(m_session.actor(), input);
    if (added) {
        refresh();
        showMessage(tr("Added the %1 account %2. Tell them the temporary password; they choose their own at the "
                       "first sign-in.")
                        .arg(roleLabel(added->role), added->username),
                    false);
        m_session.notifyDataChanged();
    }
    return added;
}

Result<void> AccountsBox::changeRole(const Id& accountId, Role role)
{
    auto ok = AccountService(m_session.db(), m_session.clock()).setRole(m_session.actor(), accountId, role);
    if (!ok) {
        showMessage(tr("The role was not changed: %1").arg(ok.error().message), true);
        return ok;
    }
    refresh();
    if (const int row = m_model->rowOf(accountId); row >= 0) {
        showMessage(tr("%1 is now %2.").arg(m_model->account(row).username, roleLabel(role)), false);
    }
    return ok;
}

QString AccountsBox::temporaryPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 12; ++i) {
        password += alphabet.at(static_cast<qsizetype>(QRandomGenerator::system()->bounded(alphabet.size())));
    }
    return password;
}

Result<QString> AccountsBox::resetPassword(const Id& accountId)
{
    const QString temporary = temporaryPassword();
    auto ok = AccountService(m_session.db(), m_session.clock()).resetPassword(m_session.actor(), accountId, temporary);
    if (!ok) {
        showMessage(tr("The password was not reset: %1").arg(ok.error().message), true);
        return fail(ok.error());
    }
    const int before = m_model->rowOf(accountId);
    const QString name = before >= 0 ? m_model->account(before).username : accountId;
    refresh();
    showMessage(tr("Temporary password for %1: %2 — it is shown only now; %1 must change it at the next sign-in.")
                    .arg(name, temporary),
                false);
    return temporary;
}

void AccountsBox::askAdd()
{
    AccountDialog dialog(
        AccountDialog::Mode::AddAccount,
        [this](const AccountDialog& d) -> Result<void> {
            auto added = addAccount(d.input());
            return added ? Result<void>() : fail(added.error());
        },
        this);
    dialog.setMentors(mentorChoices());
    dialog.exec();
}

void AccountsBox::askRole()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const Account account = m_model->account(row);
    const QList<Role> roles = {Role::Owner, Role::Mentor, Role::FrontDesk};
    QStringList labels;
    for (Role role : roles) {
        labels << roleLabel(role);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change Role"), tr("Role of %1:").arg(account.username),
                                                 labels, static_cast<int>(roles.indexOf(account.role)), false, &ok);
    if (ok && labels.contains(chosen)) {
        (void)changeRole(account.meta.id, roles.at(labels.indexOf(chosen)));
    }
}

void AccountsBox::askReset()
{
    if (const int row = selectedRow(); row >= 0) {
        (void)resetPassword(m_model->account(row).meta.id);
    }
}

} // namespace mentordesk
