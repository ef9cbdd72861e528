// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/LockScreen.h"

#include "security/AccountService.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setMaximumWidth(440);
    box->setMinimumWidth(360);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_title = new QLabel(box);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_reason = new QLabel(box);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    auto* form = new QFormLayout();
    m_username = new QLineEdit(box);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_usernameLabel = new QLabel(box);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(box);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    layout->addWidget(m_error);
    m_signIn = new QPushButton(box);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    layout->addWidget(m_signIn, 0, Qt::AlignRight);

    auto* row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_signIn, &QPushButton::clicked, this, &LockScreen::signIn);
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty()) {
            m_password->setFocus();
        } else {
            signIn();
        }
    });
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::signIn);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signIn);
    retranslate();
}

void LockScreen::reset(StudioSession* session, const QString& lockedUser, const QString& reason)
{
    m_session = session;
    m_reasonText = reason;
    m_username->setText(lockedUser);
    m_password->clear();
    m_error->hide();
    retranslate();
    (lockedUser.isEmpty() ? m_username : m_password)->setFocus();
}

void LockScreen::signIn()
{
    if (m_session == nullptr) {
        return;
    }
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        m_error->setText(tr("Enter your username."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment on purpose.
    const Result<Actor> actor = AccountService(m_session->db(), m_session->clock()).login(username, m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!actor) {
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    emit signedIn(*actor);
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LockScreen::retranslate()
{
    m_username->setToolTip(tr("Your account's username, as the owner set it up"));
    m_password->setToolTip(tr("Your password; letters are case-sensitive"));
    m_title->setText(m_session ? tr("Sign in to %1").arg(m_session->settings().name) : tr("Sign in"));
    m_reason->setText(m_reasonText.isEmpty() ? tr("This studio asks everyone to sign in. Another mentor can sign "
                                                  "in here to switch user.")
                                             : m_reasonText);
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("Sign &In"));
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
