// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Account.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace mentordesk {

/// Asks for what one account change takes: the studio's first owner, a further account or one's own
/// new password. Accepting calls the submit function; its error is shown under the field it names
/// (keys of AccountService: username, display_name, role, mentor_id, password, current_password;
/// "repeat" for a repeated password that differs) and the dialog stays open.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        CreateOwner,
        AddAccount,
        ChangePassword,
    };
    using Submit = std::function<Result<void>(const AccountDialog&)>;

    AccountDialog(Mode mode, Submit submit, QWidget* parent = nullptr);

    /// Mentor records a mentor account may name (id, name), for AddAccount.
    void setMentors(const QList<QPair<Id, QString>>& mentors);

    /// Username, name, role, mentor and (new) password as typed.
    [[nodiscard]] AccountInput input() const;
    [[nodiscard]] QString currentPassword() const;
    /// The message shown under `field` ("" when none).
    [[nodiscard]] QString errorFor(const QString& field) const;
    void accept() override;

private:
    QLineEdit* addLine(const QString& key, const QString& label, bool secret);
    void addError(const QString& key);
    void showError(const Error& error);
    void clearErrors();
    void roleChanged();

    Mode m_mode;
    Submit m_submit;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_mentor = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_general;
    QHash<QString, QLabel*> m_errors;
    QFormLayout* m_form;
};

} // namespace mentordesk
