// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, title, "
                                        "description, level, content_minutes, quality, practicality, archived_at");

Course readCourse(const Statement& s)
{
    Course c;
    readMeta(s, c.meta);
    c.title = s.text(6);
    c.description = s.text(7);
    c.level = static_cast<int>(s.integer(8));
    c.contentMinutes = static_cast<int>(s.integer(9));
    c.quality = static_cast<int>(s.integer(10));
    c.practicality = static_cast<int>(s.integer(11));
    c.archivedAt = fromSqlTime(s.text(12));
    return c;
}

} // namespace

CourseRepository::CourseRepository(Database& db)
    : m_db(db)
{}

Result<void> CourseRepository::insert(const Course& c)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO courses (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, c.meta, m_db.deviceId());
    s->bind(c.title).bind(c.description).bind(c.level).bind(c.contentMinutes).bind(c.quality).bind(c.practicality);
    s->bindOptional(toSqlTime(c.archivedAt));
    return s->exec();
}

Result<void> CourseRepository::update(const Course& c)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE courses SET updated_at = ?, updated_by = ?, version = version + 1, title = ?, description = ?, "
        "level = ?, content_minutes = ?, quality = ?, practicality = ?, archived_at = ? "
        "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(c.meta.updatedAt)).bind(m_db.deviceId());
    s->bind(c.title).bind(c.description).bind(c.level).bind(c.contentMinutes).bind(c.quality).bind(c.practicality);
    s->bindOptional(toSqlTime(c.archivedAt)).bind(c.meta.id).bind(c.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("courses"), c.meta.id);
}

Result<std::optional<Course>> CourseRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM courses WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Course>();
    }
    return std::optional<Course>(readCourse(*s));
}

Result<Page<Course>> CourseRepository::list(const CourseFilter& filter, PageRequest page)
{
    const bool byText = !filter.text.trimmed().isEmpty();
    QString where = QStringLiteral(" WHERE deleted_at IS NULL");
    if (filter.archivedOnly) {
        where += QStringLiteral(" AND archived_at IS NOT NULL");
    } else if (!filter.includeArchived) {
        where += QStringLiteral(" AND archived_at IS NULL");
    }
    if (byText) {
        where += QStringLiteral(" AND (title LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
    }
    if (filter.level > 0) {
        where += QStringLiteral(" AND level = ?");
    }
    if (!filter.topicId.isEmpty()) {
        where += QStringLiteral(" AND id IN (SELECT course_id FROM course_topics WHERE topic_id = ? AND deleted_at "
                                "IS NULL)");
    }
    const auto bindFilter = [&](Statement& st) {
        if (byText) {
            st.bind(likePattern(filter.text)).bind(likePattern(filter.text));
        }
        if (filter.level > 0) {
            st.bind(filter.level);
        }
        if (!filter.topicId.isEmpty()) {
            st.bind(filter.topicId);
        }
    };
    Page<Course> result;
    result.offset = page.offset;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM courses") + where);
        if (!count) {
            return fail(count.error());
        }
        bindFilter(*count);
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM courses") + where +
                          QStringLiteral(" ORDER BY title COLLATE NOCASE, id LIMIT ? OFFSET ?"));
    if (!s) {
        return fail(s.error());
    }
    bindFilter(*s);
    s->bind(clampLimit(page.limit)).bind(qMax(0, page.offset));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        result.items.append(readCourse(*s));
    }
    return result;
}

Result<QList<Id>> CourseRepository::topicsOf(const Id& courseId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT t.id FROM course_topics ct JOIN topics t ON t.id = ct.topic_id AND "
                                         "t.deleted_at IS NULL WHERE ct.course_id = ? AND ct.deleted_at IS NULL "
                                         "ORDER BY t.name COLLATE NOCASE, t.id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(courseId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Id> out;
    while (s->next()) {
        out.append(s->text(0));
    }
    return out;
}

Result<QHash<Id, Id>> CourseRepository::topicLinks(const Id& courseId)
{
    auto s = m_db.prepare(
        QStringLiteral("SELECT topic_id, id FROM course_topics WHERE course_id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(courseId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, Id> out;
    while (s->next()) {
        out.insert(s->text(0), s->text(1));
    }
    return out;
}

Result<void> CourseRepository::insertTopicLink(const RecordMeta& meta, const Id& courseId, const Id& topicId)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO course_topics (id, created_at, updated_at, updated_by, version, "
                                         "deleted_at, course_id, topic_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(courseId).bind(topicId);
    return s->exec();
}

Result<void> CourseRepository::removeTopicLink(const Id& linkId, const QDateTime& nowUtc)
{
    return tombstone(m_db, QStringLiteral("course_topics"), linkId, nowUtc);
}

} // namespace mentordesk
