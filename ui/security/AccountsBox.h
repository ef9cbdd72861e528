// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Account.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace mentordesk {

class AccountTableModel;
class StudioSession;

/// The studio's accounts on the Security settings (owner only; other roles see why not): the table,
/// Add Account, Change Role and Reset Password. Every change goes through AccountService as the
/// session's actor; a temporary password is shown once, in the box, until the next change.
class AccountsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit AccountsBox(StudioSession& session, QWidget* parent = nullptr);

    /// Reads the accounts again and shows or hides the controls for the session's actor.
    void refresh();

    [[nodiscard]] Result<Account> addAccount(const AccountInput& input);
    [[nodiscard]] Result<void> changeRole(const Id& accountId, Role role);
    /// Sets a fresh temporary password, shows it once and returns it.
    [[nodiscard]] Result<QString> resetPassword(const Id& accountId);
    /// A random temporary password (12 letters and digits, no look-alikes).
    [[nodiscard]] static QString temporaryPassword();

    [[nodiscard]] AccountTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLabel* notice() const { return m_notice; }
    [[nodiscard]] QString messageText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showMessage(const QString& text, bool error);
    [[nodiscard]] QList<QPair<Id, QString>> mentorChoices() const;
    [[nodiscard]] int selectedRow() const;
    void askAdd();
    void askRole();
    void askReset();
    void updateButtons();

    StudioSession& m_session;
    AccountTableModel* m_model;
    QTableView* m_table;
    QLabel* m_notice;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_role;
    QPushButton* m_reset;
};

} // namespace mentordesk
