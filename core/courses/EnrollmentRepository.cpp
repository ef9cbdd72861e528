// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/EnrollmentRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, learner_id, course_id, mentor_id, title, "
    "efficiency_permille, target_minutes, start_date, planned_end_date, status");

Enrollment readEnrollment(const Statement& s)
{
    Enrollment e;
    readMeta(s, e.meta);
    e.learnerId = s.text(6);
    e.courseId = s.text(7);
    e.mentorId = s.text(8);
    e.title = s.text(9);
    e.efficiencyPermille = static_cast<int>(s.integer(10));
    e.targetMinutes = static_cast<int>(s.integer(11));
    e.startDate = fromSqlDate(s.text(12));
    e.plannedEndDate = fromSqlDate(s.text(13));
    e.status = enrollmentStatusFromName(s.text(14)).value_or(EnrollmentStatus::Active);
    return e;
}

void bindFields(Statement& s, const Enrollment& e)
{
    s.bind(e.title).bind(e.efficiencyPermille).bind(e.targetMinutes).bind(toSqlDate(e.startDate));
    s.bindOptional(toSqlDate(e.plannedEndDate)).bind(enrollmentStatusName(e.status));
}

} // namespace

EnrollmentRepository::EnrollmentRepository(Database& db)
    : m_db(db)
{}

Result<void> EnrollmentRepository::insert(const Enrollment& e)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO enrollments (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, e.meta, m_db.deviceId());
    s->bind(e.learnerId).bindOptional(e.courseId).bind(e.mentorId);
    bindFields(*s, e);
    return s->exec();
}

Result<void> EnrollmentRepository::update(const Enrollment& e)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE enrollments SET updated_at = ?, updated_by = ?, version = version + 1, learner_id = ?, course_id = ?, "
        "mentor_id = ?, title = ?, efficiency_permille = ?, target_minutes = ?, start_date = ?, planned_end_date = ?, "
        "status = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(e.meta.updatedAt)).bind(m_db.deviceId());
    s->bind(e.learnerId).bindOptional(e.courseId).bind(e.mentorId);
    bindFields(*s, e);
    s->bind(e.meta.id).bind(e.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("enrollments"), e.meta.id);
}

Result<std::optional<Enrollment>> EnrollmentRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM enrollments WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Enrollment>();
    }
    return std::optional<Enrollment>(readEnrollment(*s));
}

Result<Page<Enrollment>> EnrollmentRepository::list(const EnrollmentFilter& filter, PageRequest page)
{
    QString where = QStringLiteral(" WHERE deleted_at IS NULL");
    QStringList values;
    const auto add = [&](const QString& clause, const QString& value) {
        if (!value.isEmpty()) {
            where += clause;
            values << value;
        }
    };
    add(QStringLiteral(" AND learner_id = ?"), filter.learnerId);
    add(QStringLiteral(" AND course_id = ?"), filter.courseId);
    add(QStringLiteral(" AND mentor_id = ?"), filter.mentorId);
    add(QStringLiteral(" AND status = ?"), filter.status ? enrollmentStatusName(*filter.status) : QString());
    const auto bindFilter = [&](Statement& st) {
        for (const QString& v : std::as_const(values)) {
            st.bind(v);
        }
    };
    Page<Enrollment> result;
    result.offset = page.offset;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM enrollments") + where);
        if (!count) {
            return fail(count.error());
        }
        bindFilter(*count);
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM enrollments") + where +
                          QStringLiteral(" ORDER BY start_date DESC, created_at DESC, id LIMIT ? OFFSET ?"));
    if (!s) {
        return fail(s.error());
    }
    bindFilter(*s);
    s->bind(clampLimit(page.limit)).bind(qMax(0, page.offset));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        result.items.append(readEnrollment(*s));
    }
    return result;
}

Result<std::optional<Id>> EnrollmentRepository::activeFor(const Id& learnerId, const Id& courseId, const Id& except)
{
    auto s = m_db.prepare(QStringLiteral("SELECT id FROM enrollments WHERE learner_id = ? AND course_id = ? AND "
                                         "status = 'active' AND deleted_at IS NULL AND id <> ? ORDER BY id LIMIT 1"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(learnerId).bind(courseId).bind(except);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() ? std::optional<Id>(s->text(0)) : std::optional<Id>();
}

Result<std::optional<EnrollmentRepository::Person>> EnrollmentRepository::person(const QString& sql, const Id& id)
{
    auto s = m_db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Person>();
    }
    return std::optional<Person>(Person{s->text(0), s->integer(1) != 0});
}

Result<std::optional<EnrollmentRepository::Person>> EnrollmentRepository::learner(const Id& id)
{
    return person(QStringLiteral("SELECT name, status = 'archived' FROM learners WHERE id = ? AND deleted_at IS NULL"),
                  id);
}

Result<std::optional<EnrollmentRepository::Person>> EnrollmentRepository::mentor(const Id& id)
{
    return person(
        QStringLiteral("SELECT name, archived_at IS NOT NULL FROM mentors WHERE id = ? AND deleted_at IS NULL"), id);
}

} // namespace mentordesk
