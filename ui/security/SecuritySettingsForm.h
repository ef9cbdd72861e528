// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Account.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace mentordesk {

class AccountsBox;
class AuditLogBox;
class StudioSession;

/// The Security section of the Settings page (docs/security.md, "Desktop"): sign-in on or off, the
/// auto-lock time of this computer and one's own password; the accounts and the audit log for owners.
/// Everything goes through core as the session's actor.
class SecuritySettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SecuritySettingsForm(StudioSession& session, QWidget* parent = nullptr);

    /// Reads the login state and the actor again and shows what they may do.
    void refresh();

    /// Turns the login on. With no account yet, `owner` becomes the owner account (createOwner) and the
    /// session acts as it; otherwise the existing accounts sign in from now on (`owner` is ignored).
    [[nodiscard]] Result<void> turnLoginOn(const AccountInput& owner = {});
    /// Turns the login off (owner only; the caller has asked for confirmation).
    [[nodiscard]] Result<void> turnLoginOff();
    /// Whether the studio has no account yet (turning login on then creates the owner).
    [[nodiscard]] bool hasNoAccount() const;
    /// Stores the auto-lock time of this computer (0 = never) and emits idleMinutesChanged.
    void setIdleMinutes(int minutes);
    [[nodiscard]] Result<void> changeOwnPassword(const QString& current, const QString& next);

    [[nodiscard]] QCheckBox* loginBox() const { return m_login; }
    [[nodiscard]] QSpinBox* idleBox() const { return m_idle; }
    [[nodiscard]] QPushButton* passwordButton() const { return m_password; }
    [[nodiscard]] AccountsBox* accounts() const { return m_accounts; }
    [[nodiscard]] AuditLogBox* auditLog() const { return m_audit; }
    [[nodiscard]] QString statusText() const;

signals:
    /// The auto-lock time changed (already stored); the main window applies it to the running lock.
    void idleMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loginClicked(bool on);
    void askPassword();
    void showStatus(const QString& text, bool error);

    StudioSession& m_session;
    QGroupBox* m_signIn;
    QCheckBox* m_login;
    QLabel* m_loginNote;
    QLabel* m_idleLabel;
    QSpinBox* m_idle;
    QLabel* m_idleNote;
    QLabel* m_who;
    QPushButton* m_password;
    QLabel* m_status;
    AccountsBox* m_accounts;
    AuditLogBox* m_audit;
};

} // namespace mentordesk
