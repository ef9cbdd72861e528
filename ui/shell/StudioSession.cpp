// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StudioSession.h"

#include "security/AccountService.h"
#include "storage/Database.h"
#include "studio/StudioService.h"

namespace mentordesk {

StudioSession::StudioSession(std::unique_ptr<Database> db, const Clock& clock, StudioSettings settings)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_formatter(m_settings)
{}

StudioSession::~StudioSession() = default;

Result<std::unique_ptr<StudioSession>> StudioSession::open(const QString& path, const Clock& clock)
{
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(path, options);
    if (!db) {
        return fail(db.error());
    }
    auto settings = StudioService(**db, clock).settings();
    if (!settings) {
        return fail(settings.error());
    }
    return std::unique_ptr<StudioSession>(new StudioSession(std::move(*db), clock, *settings));
}

QString StudioSession::path() const
{
    return m_db->path();
}

void StudioSession::setActor(const Actor& actor)
{
    m_db->setActor(actor);
    emit actorChanged();
    emit dataChanged();
}

Actor StudioSession::actor() const
{
    return m_db->actor();
}

void StudioSession::reloadSettings()
{
    if (auto s = StudioService(*m_db, m_clock).settings(); s) {
        m_settings = *s;
        m_formatter = Formatter(m_settings);
        emit settingsChanged();
    }
}

bool StudioSession::loginRequired() const
{
    const Result<bool> required = AccountService(*m_db, m_clock).loginRequired();
    // Why true on error: when the setting cannot be read, asking to sign in is the safe side.
    return !required || *required;
}

} // namespace mentordesk
