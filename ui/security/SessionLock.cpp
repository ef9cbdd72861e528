// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SessionLock.h"

#include "security/IdleLock.h"
#include "security/LockScreen.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QStackedWidget>

namespace mentordesk {

namespace {
const QString kIdleKey = QStringLiteral("security/autoLockMinutes");
}

int SessionLock::storedIdleMinutes()
{
    return std::clamp(QSettings().value(kIdleKey, kDefaultIdleMinutes).toInt(), 0, 24 * 60);
}

void SessionLock::storeIdleMinutes(int minutes)
{
    QSettings().setValue(kIdleKey, std::clamp(minutes, 0, 24 * 60));
}

SessionLock::SessionLock(QStackedWidget* root, const Clock& clock, QWidget* window)
    : QObject(window)
    , m_root(root)
    , m_window(window)
    , m_idle(new IdleLock(clock, this))
{
    m_idle->setIdleMinutes(storedIdleMinutes());
    connect(m_idle, &IdleLock::idle, this, [this] {
        lock(tr("The window locked after %n minute(s) without use. Sign in to go on; what you were typing is "
                "kept.",
                "", m_idle->idleMinutes()));
    });
}

SessionLock::~SessionLock() = default;

bool SessionLock::begin(StudioSession* session)
{
    m_session = session;
    m_hadActor = false;
    m_hidden.clear();
    if (!session->loginRequired()) {
        m_idle->setArmed(false);
        return false;
    }
    return lock(QString());
}

void SessionLock::end()
{
    m_session = nullptr;
    m_locked = false;
    m_hadActor = false;
    m_idle->setArmed(false);
    m_hidden.clear();
    emit lockedChanged(false);
}

bool SessionLock::lock(const QString& reason)
{
    if (m_session == nullptr || m_locked || !m_session->loginRequired()) {
        return false;
    }
    if (m_screen == nullptr) {
        m_screen = new LockScreen(m_root);
        m_root->addWidget(m_screen);
        connect(m_screen, &LockScreen::signedIn, this, &SessionLock::signedIn);
    }
    // Why hide rather than close: a dialog keeps its fields while hidden and its exec() loop goes
    // on; hiding also ends its modality, so the lock screen takes the keyboard.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget != m_window && widget->isVisible() && !widget->inherits("QMenu")) {
            m_hidden.append(widget);
            widget->hide();
        }
    }
    m_locked = true;
    m_idle->setArmed(false);
    m_screen->reset(m_session, m_hadActor ? m_session->actor().username : QString(), reason);
    m_root->setCurrentWidget(m_screen);
    emit lockedChanged(true);
    return true;
}

void SessionLock::setIdleMinutes(int minutes)
{
    storeIdleMinutes(minutes);
    m_idle->setIdleMinutes(storedIdleMinutes());
}

void SessionLock::signedIn(const Actor& actor)
{
    if (m_session == nullptr) {
        return;
    }
    const bool switched = m_hadActor && actor.accountId != m_session->actor().accountId;
    m_session->setActor(actor);
    m_hadActor = true;
    m_locked = false;
    const QList<QPointer<QWidget>> hidden = std::exchange(m_hidden, {});
    for (const QPointer<QWidget>& widget : hidden) {
        if (widget.isNull()) {
            continue;
        }
        if (!switched) {
            widget->show();
        } else if (auto* dialog = qobject_cast<QDialog*>(widget.data())) {
            dialog->reject(); // The previous account's unsaved input is not the new account's to see.
        } else {
            widget->close();
        }
    }
    m_idle->setArmed(true);
    emit lockedChanged(false);
    emit unlocked(switched);
}

} // namespace mentordesk
