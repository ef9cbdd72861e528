// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorExpertiseRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kTable = QStringLiteral("mentor_expertise");
const QString kSelect = QStringLiteral(
    "SELECT e.id, e.created_at, e.updated_at, e.updated_by, e.version, e.deleted_at, e.mentor_id, e.topic_id, "
    "e.level, t.name FROM mentor_expertise e JOIN topics t ON t.id = e.topic_id AND t.deleted_at IS NULL "
    "WHERE e.deleted_at IS NULL AND e.mentor_id = ?");

Expertise readExpertise(const Statement& s)
{
    Expertise e;
    readMeta(s, e.meta);
    e.mentorId = s.text(6);
    e.topicId = s.text(7);
    e.level = static_cast<int>(s.integer(8));
    e.topicName = s.text(9);
    return e;
}

} // namespace

MentorExpertiseRepository::MentorExpertiseRepository(Database& db)
    : m_db(db)
{}

Result<void> MentorExpertiseRepository::insert(const Expertise& e)
{
    auto s =
        m_db.prepare(QStringLiteral("INSERT INTO mentor_expertise (id, created_at, updated_at, updated_by, version, "
                                    "deleted_at, mentor_id, topic_id, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, e.meta, m_db.deviceId());
    s->bind(e.mentorId).bind(e.topicId).bind(e.level);
    return s->exec();
}

Result<void> MentorExpertiseRepository::updateLevel(const Expertise& e)
{
    auto s = m_db.prepare(
        QStringLiteral("UPDATE mentor_expertise SET updated_at = ?, updated_by = ?, version = version + 1, "
                       "level = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(e.meta.updatedAt)).bind(m_db.deviceId()).bind(e.level).bind(e.meta.id).bind(e.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, kTable, e.meta.id);
}

Result<void> MentorExpertiseRepository::remove(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, kTable, id, nowUtc);
}

Result<std::optional<Expertise>> MentorExpertiseRepository::find(const Id& mentorId, const Id& topicId)
{
    auto s = m_db.prepare(kSelect + QStringLiteral(" AND e.topic_id = ?"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(mentorId).bind(topicId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Expertise>();
    }
    return std::optional<Expertise>(readExpertise(*s));
}

Result<QList<Expertise>> MentorExpertiseRepository::listForMentor(const Id& mentorId)
{
    auto s = m_db.prepare(kSelect + QStringLiteral(" ORDER BY t.name COLLATE NOCASE, t.id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(mentorId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Expertise> out;
    while (s->next()) {
        out.append(readExpertise(*s));
    }
    return out;
}

} // namespace mentordesk
