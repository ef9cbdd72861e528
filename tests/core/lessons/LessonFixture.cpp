// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonFixture.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

LessonFixture::LessonFixture(Database& db)
    : m_db(db)
{}

void LessonFixture::insert(const QString& sql, const QVariantList& values)
{
    auto s = m_db.prepare(sql);
    ASSERT_TRUE(s.has_value()) << s.error().message.toStdString();
    for (const QVariant& v : values) {
        s->bind(v);
    }
    auto ok = s->exec();
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
}

Id LessonFixture::addMentor(const QString& name, bool archived)
{
    const Id id = newId();
    insert(QStringLiteral("INSERT INTO mentors (id, name, archived_at, created_at, updated_at, updated_by) "
                          "VALUES (?, ?, ?, ?, ?, 'test')"),
           {id, name, archived ? QVariant(toSqlTime(m_now)) : QVariant(QMetaType::fromType<QString>()),
            toSqlTime(m_now), toSqlTime(m_now)});
    return id;
}

Id LessonFixture::addLearner(const QString& name)
{
    const Id id = newId();
    insert(QStringLiteral(
               "INSERT INTO learners (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'test')"),
           {id, name, toSqlTime(m_now), toSqlTime(m_now)});
    return id;
}

Id LessonFixture::addCourse(const QString& title)
{
    const Id id = newId();
    insert(QStringLiteral("INSERT INTO courses (id, title, content_minutes, created_at, updated_at, updated_by) "
                          "VALUES (?, ?, 600, ?, ?, 'test')"),
           {id, title, toSqlTime(m_now), toSqlTime(m_now)});
    return id;
}

Id LessonFixture::addTopic(const QString& name)
{
    const Id id = newId();
    insert(
        QStringLiteral("INSERT INTO topics (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'test')"),
        {id, name, toSqlTime(m_now), toSqlTime(m_now)});
    return id;
}

Id LessonFixture::addEnrollment(const Id& learnerId, const Id& mentorId, const QString& status, const Id& courseId)
{
    const Id id = newId();
    insert(QStringLiteral("INSERT INTO enrollments (id, learner_id, mentor_id, course_id, start_date, status, "
                          "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, '2026-01-01', ?, ?, ?, 'test')"),
           {id, learnerId, mentorId, courseId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(courseId),
            status, toSqlTime(m_now), toSqlTime(m_now)});
    return id;
}

qint64 LessonFixture::count(const QString& table)
{
    auto s =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE deleted_at IS NULL"));
    if (!s || !s->exec() || !s->next()) {
        ADD_FAILURE() << "cannot count " << table.toStdString();
        return -1;
    }
    return s->integer(0);
}

qint64 LessonFixture::countAll(const QString& table)
{
    auto s = m_db.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!s || !s->exec() || !s->next()) {
        ADD_FAILURE() << "cannot count " << table.toStdString();
        return -1;
    }
    return s->integer(0);
}

} // namespace mentordesk::test
