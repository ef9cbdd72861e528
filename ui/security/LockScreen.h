// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mentordesk {

class StudioSession;

/// The sign-in screen that hides a studio's content: at start (when the studio's login is on), after
/// the idle time and on Lock (Ctrl+L). Any account of the studio can sign in, so it is also how
/// another mentor switches user. Passwords are checked by AccountService (throttled there).
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    /// Prepares the screen for `session`; `lockedUser` (may be empty) is pre-filled as the username.
    void reset(StudioSession* session, const QString& lockedUser, const QString& reason);
    /// Signs in with the fields' contents (the Sign In button and Return call it).
    void signIn();
    [[nodiscard]] QLineEdit* usernameField() const { return m_username; }
    [[nodiscard]] QLineEdit* passwordField() const { return m_password; }
    [[nodiscard]] QString errorText() const;

signals:
    void signedIn(const mentordesk::Actor& actor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StudioSession* m_session = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
    QString m_reasonText;
};

} // namespace mentordesk
