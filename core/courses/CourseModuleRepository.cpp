// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseModuleRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kTable = QStringLiteral("course_modules");
const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, course_id, position, title, minutes, price_minor");

CourseModule readModule(const Statement& s)
{
    CourseModule m;
    readMeta(s, m.meta);
    m.courseId = s.text(6);
    m.position = static_cast<int>(s.integer(7));
    m.title = s.text(8);
    m.minutes = static_cast<int>(s.integer(9));
    if (!s.isNull(10)) {
        m.priceMinor = s.integer(10);
    }
    return m;
}

QVariant priceValue(const std::optional<qint64>& price)
{
    return price ? QVariant(*price) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

CourseModuleRepository::CourseModuleRepository(Database& db)
    : m_db(db)
{}

Result<void> CourseModuleRepository::insert(const CourseModule& m)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO course_modules (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, m.meta, m_db.deviceId());
    s->bind(m.courseId).bind(m.position).bind(m.title).bind(m.minutes).bind(priceValue(m.priceMinor));
    return s->exec();
}

Result<void> CourseModuleRepository::update(const CourseModule& m)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE course_modules SET updated_at = ?, updated_by = ?, version = version "
                                         "+ 1, position = ?, title = ?, minutes = ?, price_minor = ? "
                                         "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(m.meta.updatedAt)).bind(m_db.deviceId());
    s->bind(m.position).bind(m.title).bind(m.minutes).bind(priceValue(m.priceMinor));
    s->bind(m.meta.id).bind(m.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, kTable, m.meta.id);
}

Result<void> CourseModuleRepository::setPosition(const Id& id, int position, const QDateTime& nowUtc)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE course_modules SET position = ?, updated_at = ?, updated_by = ?, "
                                         "version = version + 1 WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(position).bind(toSqlTime(nowUtc)).bind(m_db.deviceId()).bind(id);
    return s->exec();
}

Result<void> CourseModuleRepository::remove(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, kTable, id, nowUtc);
}

Result<std::optional<CourseModule>> CourseModuleRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM course_modules WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<CourseModule>();
    }
    return std::optional<CourseModule>(readModule(*s));
}

Result<QList<CourseModule>> CourseModuleRepository::listFor(const Id& courseId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM course_modules WHERE course_id = ? AND deleted_at IS NULL "
                                         "ORDER BY position, created_at, id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(courseId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<CourseModule> out;
    while (s->next()) {
        out.append(readModule(*s));
    }
    return out;
}

} // namespace mentordesk
