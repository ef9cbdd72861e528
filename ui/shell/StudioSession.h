// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Formatter.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "studio/StudioSettings.h"

#include <QObject>
#include <memory>

namespace mentordesk {

class Clock;
class Database;

/// One open studio in the desktop app: the database connection (GUI thread only), the clock, the
/// studio's settings and its formatter. Pages receive it in their constructor.
class StudioSession final : public QObject
{
    Q_OBJECT

public:
    /// Opens (creating/migrating) the studio at `path`; fails when it has no studio row yet.
    [[nodiscard]] static Result<std::unique_ptr<StudioSession>> open(const QString& path, const Clock& clock);
    ~StudioSession() override;

    [[nodiscard]] Database& db() const { return *m_db; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const StudioSettings& settings() const { return m_settings; }
    [[nodiscard]] const Formatter& format() const { return m_formatter; }
    [[nodiscard]] QString path() const;

    /// Reloads the settings after an edit and tells the pages.
    void reloadSettings();
    /// Acts as `actor` from now on (after a login or a switch of user): every service call on db() and
    /// on the workers' connections obeys its role (docs/security.md); the pages refresh.
    void setActor(const Actor& actor);

    /// Who is signed in (the connection's actor): the local owner while the studio's login is off;
    /// with the login on, nobody until someone signs in on the lock screen.
    [[nodiscard]] Actor actor() const;
    /// Whether the studio asks everyone to sign in (meta "security.login"; read when asked).
    [[nodiscard]] bool loginRequired() const;

signals:
    void settingsChanged();
    /// Something in the studio changed (a page saved data); other pages refresh lazily.
    void dataChanged();
    void navigationRequested(const QString& kind, const QString& id);
    /// Another account signed in (switch user).
    void actorChanged();

public:
    /// Pages call this after they wrote something.
    void notifyDataChanged() { emit dataChanged(); }
    /// Asks the main window to show the record (search results, Today links, cross-page links).
    void requestNavigation(const QString& kind, const QString& id) { emit navigationRequested(kind, id); }

private:
    StudioSession(std::unique_ptr<Database> db, const Clock& clock, StudioSettings settings);
    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    StudioSettings m_settings;
    Formatter m_formatter;
};

} // namespace mentordesk
