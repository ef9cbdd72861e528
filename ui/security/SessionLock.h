// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Actor.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QStackedWidget;
class QWidget;

namespace mentordesk {

class Clock;
class IdleLock;
class LockScreen;
class StudioSession;

/// Locks and unlocks the main window of a studio whose login is on (docs/security.md, "Auto-lock").
/// Locking hides every other open window (dialogs keep what was typed in them) and shows the
/// LockScreen in the main window's stack; the same account signing in again gets its dialogs back,
/// another account (switch user) gets a fresh window: the previous account's dialogs are discarded.
class SessionLock final : public QObject
{
    Q_OBJECT

public:
    /// Minutes of inactivity before the window locks, per computer (QSettings "security/autoLockMinutes").
    static constexpr int kDefaultIdleMinutes = 10;
    [[nodiscard]] static int storedIdleMinutes();
    static void storeIdleMinutes(int minutes);

    SessionLock(QStackedWidget* root, const Clock& clock, QWidget* window);
    ~SessionLock() override;

    /// A studio was opened: locks at once (returns true) when its login is on.
    bool begin(StudioSession* session);
    /// The studio is closing.
    void end();
    /// Locks now (Lock / Switch User, idle time); false when the studio has no login.
    bool lock(const QString& reason);
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] LockScreen* screen() const { return m_screen; }
    [[nodiscard]] IdleLock& idleLock() const { return *m_idle; }
    /// Applies a new idle time (Settings).
    void setIdleMinutes(int minutes);

signals:
    void lockedChanged(bool locked);
    /// Someone signed in; `switchedUser` when it is not the account that was signed in before.
    void unlocked(bool switchedUser);

private:
    void signedIn(const Actor& actor);

    QStackedWidget* m_root;
    QWidget* m_window;
    IdleLock* m_idle;
    LockScreen* m_screen = nullptr;
    StudioSession* m_session = nullptr;
    QList<QPointer<QWidget>> m_hidden;
    bool m_locked = false;
    bool m_hadActor = false;
};

} // namespace mentordesk
