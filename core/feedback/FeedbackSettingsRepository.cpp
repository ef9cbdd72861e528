// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackSettingsRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kBlind = QStringLiteral("feedback.blind_ratings");

} // namespace

FeedbackSettingsRepository::FeedbackSettingsRepository(Database& db)
    : m_db(db)
{}

Result<FeedbackPreferences> FeedbackSettingsRepository::load()
{
    auto s = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(kBlind);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    FeedbackPreferences p;
    if (s->next()) {
        p.blindRatings = s->text(0).trimmed().compare(QStringLiteral("on"), Qt::CaseInsensitive) == 0;
    }
    return p;
}

Result<void> FeedbackSettingsRepository::save(const FeedbackPreferences& preferences)
{
    auto s = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(kBlind).bind(preferences.blindRatings ? QStringLiteral("on") : QStringLiteral("off"));
    return s->exec();
}

} // namespace mentordesk
