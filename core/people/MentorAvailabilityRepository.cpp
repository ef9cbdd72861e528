// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorAvailabilityRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

MentorAvailabilityRepository::MentorAvailabilityRepository(Database& db)
    : m_db(db)
{}

Result<void> MentorAvailabilityRepository::insert(const Id& mentorId, const AvailabilitySlot& slot,
                                                  const QDateTime& nowUtc)
{
    auto s =
        m_db.prepare(QStringLiteral("INSERT INTO mentor_availability (id, created_at, updated_at, updated_by, version, "
                                    "deleted_at, mentor_id, weekday, start_minute, end_minute) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    RecordMeta meta;
    meta.id = newId();
    meta.createdAt = meta.updatedAt = nowUtc;
    meta.version = 1;
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(mentorId).bind(slot.weekday).bind(slot.startMinute).bind(slot.endMinute);
    return s->exec();
}

Result<void> MentorAvailabilityRepository::remove(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, QStringLiteral("mentor_availability"), id, nowUtc);
}

Result<QList<MentorAvailabilityRepository::Row>> MentorAvailabilityRepository::listForMentor(const Id& mentorId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, weekday, start_minute, end_minute FROM mentor_availability "
                                         "WHERE mentor_id = ? AND deleted_at IS NULL "
                                         "ORDER BY weekday, start_minute, end_minute, id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(mentorId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Row> out;
    while (s->next()) {
        out.append(
            {s->text(0),
             {static_cast<int>(s->integer(1)), static_cast<int>(s->integer(2)), static_cast<int>(s->integer(3))}});
    }
    return out;
}

} // namespace mentordesk
