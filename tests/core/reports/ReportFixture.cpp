// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

namespace {
QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// Text for a NOT NULL column: '' rather than NULL for an empty QString.
QVariant text(const QString& value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}
} // namespace

ReportFixture::ReportFixture(Database& db)
    : m_db(db)
{}

void ReportFixture::exec(const QString& sql, const QVariantList& values)
{
    auto s = m_db.prepare(sql);
    ASSERT_TRUE(s.has_value()) << s.error().message.toStdString();
    for (const QVariant& v : values) {
        s->bind(v);
    }
    auto ok = s->exec();
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
}

Id ReportFixture::mentor(const QString& name, const QString& color, bool archived)
{
    const Id id = newId();
    exec(QStringLiteral("INSERT INTO mentors (id, name, color, archived_at, created_at, updated_at, updated_by) "
                        "VALUES (?, ?, ?, ?, ?, ?, 'test')"),
         {id, name, text(color), archived ? QVariant(m_now) : QVariant(QMetaType::fromType<QString>()), m_now, m_now});
    return id;
}

void ReportFixture::availability(const Id& mentorId, int weekday, int startMinute, int endMinute)
{
    exec(QStringLiteral("INSERT INTO mentor_availability (id, mentor_id, weekday, start_minute, end_minute, "
                        "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'test')"),
         {newId(), mentorId, weekday, startMinute, endMinute, m_now, m_now});
}

Id ReportFixture::learner(const QString& name, const QString& status)
{
    const Id id = newId();
    exec(QStringLiteral("INSERT INTO learners (id, name, status, created_at, updated_at, updated_by) "
                        "VALUES (?, ?, ?, ?, ?, 'test')"),
         {id, name, status, m_now, m_now});
    return id;
}

Id ReportFixture::course(const QString& title, int contentMinutes, int quality, int practicality)
{
    const Id id = newId();
    exec(QStringLiteral("INSERT INTO courses (id, title, content_minutes, quality, practicality, created_at, "
                        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'test')"),
         {id, title, contentMinutes, quality, practicality, m_now, m_now});
    return id;
}

Id ReportFixture::topic(const QString& name)
{
    const Id id = newId();
    exec(QStringLiteral("INSERT INTO topics (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, "
                        "'test')"),
         {id, name, m_now, m_now});
    return id;
}

void ReportFixture::courseTopic(const Id& courseId, const Id& topicId)
{
    exec(QStringLiteral("INSERT INTO course_topics (id, course_id, topic_id, created_at, updated_at, updated_by) "
                        "VALUES (?, ?, ?, ?, ?, 'test')"),
         {newId(), courseId, topicId, m_now, m_now});
}

Id ReportFixture::enrollment(const EnrollmentSpec& spec)
{
    const Id id = newId();
    exec(QStringLiteral("INSERT INTO enrollments (id, learner_id, mentor_id, course_id, title, efficiency_permille, "
                        "target_minutes, start_date, planned_end_date, status, created_at, updated_at, updated_by) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')"),
         {id, spec.learnerId, spec.mentorId, nullable(spec.courseId), text(spec.title), spec.efficiencyPermille,
          spec.targetMinutes, spec.start, nullable(spec.plannedEnd), spec.status, m_now, m_now});
    return id;
}

Id ReportFixture::lesson(const Id& mentorId, const QStringList& enrollmentIds, const QString& startsUtc,
                         int plannedMinutes, const QString& status, int actual)
{
    const Id id = newId();
    const QDateTime start = fromSqlTime(startsUtc);
    exec(QStringLiteral("INSERT INTO lessons (id, mentor_id, starts_at, ends_at, planned_minutes, actual_minutes, "
                        "status, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')"),
         {id, mentorId, startsUtc, toSqlTime(start.addSecs(qint64(plannedMinutes) * 60)), plannedMinutes,
          actual < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(actual), status, m_now, m_now});
    for (const Id& e : enrollmentIds) {
        exec(QStringLiteral("INSERT INTO lesson_attendees (id, lesson_id, enrollment_id, learner_id, created_at, "
                            "updated_at, updated_by) SELECT ?, ?, id, learner_id, ?, ?, 'test' FROM enrollments "
                            "WHERE id = ?"),
             {newId(), id, m_now, m_now, e});
    }
    return id;
}

void ReportFixture::attendeeStatus(const Id& lessonId, const Id& enrollmentId, const QString& status)
{
    exec(QStringLiteral("UPDATE lesson_attendees SET status = ? WHERE lesson_id = ? AND enrollment_id = ?"),
         {status, lessonId, enrollmentId});
}

void ReportFixture::remove(const QString& table, const Id& id)
{
    exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET deleted_at = ? WHERE id = ?"), {m_now, id});
}

Id ReportFixture::assessment(const Id& mentorId, const Id& learnerId, const Id& topicId, const Id& enrollmentId,
                             int mastery, const QString& assessedUtc)
{
    const Id id = newId();
    exec(QStringLiteral("INSERT INTO assessments (id, mentor_id, learner_id, topic_id, enrollment_id, "
                        "mastery_percent, assessed_at, created_at, updated_at, updated_by) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')"),
         {id, mentorId, learnerId, topicId, nullable(enrollmentId), mastery, assessedUtc, m_now, m_now});
    return id;
}

Id ReportFixture::rating(const Id& learnerId, const QString& target, const Id& targetId, int stars,
                         const QString& ratedUtc)
{
    const Id id = newId();
    const auto column = [&](const QString& kind) { return target == kind ? QVariant(targetId) : nullable({}); };
    exec(QStringLiteral("INSERT INTO ratings (id, learner_id, target, lesson_id, mentor_id, course_id, stars, "
                        "rated_at, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')"),
         {id, learnerId, target, column(QStringLiteral("lesson")), column(QStringLiteral("mentor")),
          column(QStringLiteral("course")), stars, ratedUtc, m_now, m_now});
    return id;
}

} // namespace mentordesk::test
