// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, name, email, phone, role, years_teaching, "
    "default_rate_minor, bio, color, archived_at");

Mentor readMentor(const Statement& s)
{
    Mentor m;
    readMeta(s, m.meta);
    m.name = s.text(6);
    m.email = s.text(7);
    m.phone = s.text(8);
    m.role = mentorRoleFromKey(s.text(9)).value_or(MentorRole::Mentor);
    m.yearsTeaching = static_cast<int>(s.integer(10));
    m.defaultRateMinor = s.integer(11);
    m.bio = s.text(12);
    m.color = s.text(13);
    m.archivedAt = fromSqlTime(s.text(14));
    return m;
}

QString filterClause(const MentorFilter& filter)
{
    QString where = QStringLiteral(" WHERE deleted_at IS NULL");
    if (filter.archivedOnly) {
        where += QStringLiteral(" AND archived_at IS NOT NULL");
    } else if (!filter.includeArchived) {
        where += QStringLiteral(" AND archived_at IS NULL");
    }
    if (filter.role) {
        where += QStringLiteral(" AND role = ?");
    }
    if (!filter.text.trimmed().isEmpty()) {
        where +=
            QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\')");
    }
    return where;
}

void bindFilter(Statement& s, const MentorFilter& filter)
{
    if (filter.role) {
        s.bind(mentorRoleKey(*filter.role));
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = likePattern(filter.text);
        s.bind(pattern).bind(pattern).bind(pattern);
    }
}

} // namespace

MentorRepository::MentorRepository(Database& db)
    : m_db(db)
{}

Result<void> MentorRepository::insert(const Mentor& m)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO mentors (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, m.meta, m_db.deviceId());
    s->bind(m.name).bind(m.email).bind(m.phone).bind(mentorRoleKey(m.role)).bind(m.yearsTeaching);
    s->bind(m.defaultRateMinor).bind(m.bio).bind(m.color).bindOptional(toSqlTime(m.archivedAt));
    return s->exec();
}

Result<void> MentorRepository::update(const Mentor& m)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE mentors SET updated_at = ?, updated_by = ?, version = version + 1, name = ?, email = ?, phone = ?, "
        "role = ?, years_teaching = ?, default_rate_minor = ?, bio = ?, color = ?, archived_at = ? "
        "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(m.meta.updatedAt)).bind(m_db.deviceId());
    s->bind(m.name).bind(m.email).bind(m.phone).bind(mentorRoleKey(m.role)).bind(m.yearsTeaching);
    s->bind(m.defaultRateMinor).bind(m.bio).bind(m.color).bindOptional(toSqlTime(m.archivedAt));
    s->bind(m.meta.id).bind(m.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("mentors"), m.meta.id);
}

Result<std::optional<Mentor>> MentorRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM mentors WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Mentor>();
    }
    return std::optional<Mentor>(readMentor(*s));
}

Result<Page<Mentor>> MentorRepository::list(const MentorFilter& filter, PageRequest page)
{
    const QString where = filterClause(filter);
    Page<Mentor> result;
    result.offset = qMax(0, page.offset);
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM mentors") + where);
        if (!count) {
            return fail(count.error());
        }
        bindFilter(*count, filter);
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM mentors") + where +
                          QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"));
    if (!s) {
        return fail(s.error());
    }
    bindFilter(*s, filter);
    s->bind(clampLimit(page.limit)).bind(result.offset);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        result.items.append(readMentor(*s));
    }
    return result;
}

} // namespace mentordesk
