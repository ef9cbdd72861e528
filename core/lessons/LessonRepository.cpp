// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kInsertColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, mentor_id, series_id, starts_at, ends_at, "
    "planned_minutes, actual_minutes, status, cancelled_at, notes, homework, billable, location");

const QString kSelect = QStringLiteral(
    "SELECT l.id, l.created_at, l.updated_at, l.updated_by, l.version, l.deleted_at, l.mentor_id, l.series_id, "
    "l.starts_at, l.ends_at, l.planned_minutes, l.actual_minutes, l.status, l.cancelled_at, l.notes, l.homework, "
    "l.billable, l.location, m.name FROM lessons l LEFT JOIN mentors m ON m.id = l.mentor_id");

const QString kBlocking = QStringLiteral("('scheduled','held')");

// Why: lessons last at most 1440 minutes, so only lessons starting in the day before the proposed end can
// overlap it; bounding starts_at on both sides turns the overlap test into one index range scan.
constexpr qint64 kMaxLessonSeconds = 1440 * 60;

const QString kMentorOverlapSql =
    QStringLiteral(
        "SELECT l.id, l.starts_at, l.ends_at, m.name FROM lessons l JOIN mentors m ON m.id = l.mentor_id "
        "WHERE l.mentor_id = ? AND l.starts_at > ? AND l.starts_at < ? AND l.ends_at > ? AND l.deleted_at IS NULL "
        "AND l.status IN ") +
    kBlocking + QStringLiteral(" AND l.id <> ? ORDER BY l.starts_at, l.id");

const QString kLearnerOverlapSql =
    QStringLiteral("SELECT l.id, l.starts_at, l.ends_at, p.name FROM lesson_attendees a "
                   "JOIN lessons l ON l.id = a.lesson_id JOIN learners p ON p.id = a.learner_id "
                   "WHERE a.learner_id = ? AND a.deleted_at IS NULL AND (a.status IS NULL OR a.status IN ") +
    kBlocking +
    QStringLiteral(") AND l.starts_at > ? AND l.starts_at < ? AND l.ends_at > ? AND l.deleted_at IS NULL "
                   "AND l.status IN ") +
    kBlocking + QStringLiteral(" AND l.id <> ? ORDER BY l.starts_at, l.id");

QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

Lesson readLesson(const Statement& s)
{
    Lesson l;
    readMeta(s, l.meta);
    l.mentorId = s.text(6);
    if (!s.isNull(7) && !s.text(7).isEmpty()) {
        l.seriesId = s.text(7);
    }
    l.startsAt = fromSqlTime(s.text(8));
    l.plannedMinutes = static_cast<int>(s.integer(10));
    if (!s.isNull(11)) {
        l.actualMinutes = static_cast<int>(s.integer(11));
    }
    l.status = lessonStatusFromString(s.text(12)).value_or(LessonStatus::Scheduled);
    l.cancelledAt = fromSqlTime(s.text(13));
    l.notes = s.text(14);
    l.homework = s.text(15);
    l.billable = s.integer(16) != 0;
    l.location = s.text(17);
    l.mentorName = s.text(18);
    return l;
}

QString filterClause(const LessonFilter& f, QVariantList& binds)
{
    QString where = QStringLiteral(" WHERE l.deleted_at IS NULL");
    if (f.fromUtc.isValid()) {
        where += QStringLiteral(" AND l.starts_at >= ?");
        binds << toSqlTime(f.fromUtc);
    }
    if (f.toUtc.isValid()) {
        where += QStringLiteral(" AND l.starts_at < ?");
        binds << toSqlTime(f.toUtc);
    }
    if (!f.mentorId.isEmpty()) {
        where += QStringLiteral(" AND l.mentor_id = ?");
        binds << f.mentorId;
    }
    if (!f.seriesId.isEmpty()) {
        where += QStringLiteral(" AND l.series_id = ?");
        binds << f.seriesId;
    }
    // Why: IN (subquery) lets SQLite start from the attendee indexes instead of probing every lesson.
    if (!f.learnerId.isEmpty()) {
        where += QStringLiteral(" AND l.id IN (SELECT a.lesson_id FROM lesson_attendees a WHERE a.learner_id = ? "
                                "AND a.deleted_at IS NULL)");
        binds << f.learnerId;
    }
    if (!f.enrollmentId.isEmpty()) {
        where += QStringLiteral(" AND l.id IN (SELECT a.lesson_id FROM lesson_attendees a WHERE a.enrollment_id = ? "
                                "AND a.deleted_at IS NULL)");
        binds << f.enrollmentId;
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const LessonStatus s : f.statuses) {
            marks << QStringLiteral("?");
            binds << lessonStatusToString(s);
        }
        where += QStringLiteral(" AND l.status IN (") + marks.join(u',') + u')';
    }
    return where;
}

} // namespace

LessonRepository::LessonRepository(Database& db)
    : m_db(db)
{}

Result<void> LessonRepository::insert(const Lesson& l)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO lessons (") + kInsertColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, l.meta, m_db.deviceId());
    s->bind(l.mentorId).bindOptional(l.seriesId.value_or(QString()));
    s->bind(toSqlTime(l.startsAt))
        .bind(toSqlTime(l.endsAt()))
        .bind(l.plannedMinutes)
        .bind(optionalInt(l.actualMinutes));
    s->bind(lessonStatusToString(l.status)).bindOptional(toSqlTime(l.cancelledAt));
    s->bind(l.notes).bind(l.homework).bind(l.billable).bind(l.location);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    for (const Attendee& a : l.attendees) {
        auto ins = m_db.prepare(QStringLiteral(
            "INSERT INTO lesson_attendees (id, created_at, updated_at, updated_by, version, deleted_at, lesson_id, "
            "enrollment_id, learner_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ins) {
            return fail(ins.error());
        }
        bindMeta(*ins, a.meta, m_db.deviceId());
        ins->bind(l.meta.id).bind(a.enrollmentId).bind(a.learnerId);
        ins->bindOptional(a.status ? lessonStatusToString(*a.status) : QString());
        if (auto ok = ins->exec(); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> LessonRepository::update(const Lesson& l)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE lessons SET updated_at = ?, updated_by = ?, version = version + 1, mentor_id = ?, series_id = ?, "
        "starts_at = ?, ends_at = ?, planned_minutes = ?, actual_minutes = ?, status = ?, cancelled_at = ?, notes = ?, "
        "homework = ?, billable = ?, location = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(l.meta.updatedAt))
        .bind(m_db.deviceId())
        .bind(l.mentorId)
        .bindOptional(l.seriesId.value_or(QString()));
    s->bind(toSqlTime(l.startsAt))
        .bind(toSqlTime(l.endsAt()))
        .bind(l.plannedMinutes)
        .bind(optionalInt(l.actualMinutes));
    s->bind(lessonStatusToString(l.status)).bindOptional(toSqlTime(l.cancelledAt));
    s->bind(l.notes).bind(l.homework).bind(l.billable).bind(l.location).bind(l.meta.id).bind(l.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("lessons"), l.meta.id);
}

Result<void> LessonRepository::updateAttendee(const Attendee& a, const QDateTime& nowUtc)
{
    auto s = m_db.prepare(
        QStringLiteral("UPDATE lesson_attendees SET updated_at = ?, updated_by = ?, version = version + 1, "
                       "status = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(nowUtc))
        .bind(m_db.deviceId())
        .bindOptional(a.status ? lessonStatusToString(*a.status) : QString());
    s->bind(a.meta.id).bind(a.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("lesson_attendees"), a.meta.id);
}

Result<void> LessonRepository::tombstone(const Id& lessonId, const QDateTime& nowUtc)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE lesson_attendees SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                                         "version = version + 1 WHERE lesson_id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(nowUtc)).bind(toSqlTime(nowUtc)).bind(m_db.deviceId()).bind(lessonId);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    return mentordesk::tombstone(m_db, QStringLiteral("lessons"), lessonId, nowUtc);
}

Result<void> LessonRepository::loadAttendees(Lesson& lesson)
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.created_at, a.updated_at, a.updated_by, a.version, a.deleted_at, a.lesson_id, a.enrollment_id, "
        "a.learner_id, a.status, p.name FROM lesson_attendees a LEFT JOIN learners p ON p.id = a.learner_id "
        "WHERE a.lesson_id = ? AND a.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, a.id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(lesson.meta.id);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    lesson.attendees.clear();
    while (s->next()) {
        Attendee a;
        readMeta(*s, a.meta);
        a.lessonId = s->text(6);
        a.enrollmentId = s->text(7);
        a.learnerId = s->text(8);
        if (!s->isNull(9)) {
            a.status = lessonStatusFromString(s->text(9));
        }
        a.learnerName = s->text(10);
        lesson.attendees.append(a);
    }
    return {};
}

Result<QList<Lesson>> LessonRepository::readLessons(const QString& sql, const QVariantList& binds)
{
    QList<Lesson> lessons;
    {
        auto s = m_db.prepare(sql);
        if (!s) {
            return fail(s.error());
        }
        for (const QVariant& b : binds) {
            s->bind(b);
        }
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        while (s->next()) {
            lessons.append(readLesson(*s));
        }
    }
    for (Lesson& l : lessons) {
        if (auto ok = loadAttendees(l); !ok) {
            return fail(ok.error());
        }
    }
    return lessons;
}

Result<std::optional<Lesson>> LessonRepository::find(const Id& id)
{
    auto lessons = readLessons(kSelect + QStringLiteral(" WHERE l.id = ? AND l.deleted_at IS NULL"), {id});
    if (!lessons) {
        return fail(lessons.error());
    }
    return lessons->isEmpty() ? std::optional<Lesson>() : std::optional<Lesson>(lessons->first());
}

Result<Page<Lesson>> LessonRepository::list(const LessonFilter& filter, PageRequest page)
{
    QVariantList binds;
    const QString where = filterClause(filter, binds);
    Page<Lesson> result;
    result.offset = page.offset;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM lessons l") + where);
        if (!count) {
            return fail(count.error());
        }
        for (const QVariant& b : std::as_const(binds)) {
            count->bind(b);
        }
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    binds << clampLimit(page.limit) << qMax(0, page.offset);
    auto lessons = readLessons(kSelect + where + QStringLiteral(" ORDER BY l.starts_at, l.id LIMIT ? OFFSET ?"), binds);
    if (!lessons) {
        return fail(lessons.error());
    }
    result.items = std::move(*lessons);
    return result;
}

Result<QList<Lesson>> LessonRepository::seriesLessons(const Id& seriesId, const QDateTime& fromUtc)
{
    return readLessons(kSelect + QStringLiteral(" WHERE l.series_id = ? AND l.starts_at >= ? AND l.deleted_at IS NULL "
                                                "ORDER BY l.starts_at, l.id"),
                       {seriesId, fromUtc.isValid() ? toSqlTime(fromUtc) : QStringLiteral("")});
}

namespace {
Result<QList<LessonRepository::Overlap>> readOverlaps(Database& db, const QString& sql, const Id& who,
                                                      const QDateTime& startsAt, const QDateTime& endsAt,
                                                      const Id& exclude)
{
    auto s = db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    s->bind(who)
        .bind(toSqlTime(startsAt.addSecs(-kMaxLessonSeconds)))
        .bind(toSqlTime(endsAt))
        .bind(toSqlTime(startsAt));
    s->bind(exclude);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<LessonRepository::Overlap> out;
    while (s->next()) {
        out.append({s->text(0), fromSqlTime(s->text(1)), fromSqlTime(s->text(2)), s->text(3)});
    }
    return out;
}
} // namespace

Result<QList<LessonRepository::Overlap>> LessonRepository::mentorOverlaps(const Id& mentorId, const QDateTime& startsAt,
                                                                          const QDateTime& endsAt,
                                                                          const Id& excludeLessonId)
{
    return readOverlaps(m_db, kMentorOverlapSql, mentorId, startsAt, endsAt, excludeLessonId);
}

Result<QList<LessonRepository::Overlap>> LessonRepository::learnerOverlaps(const Id& learnerId,
                                                                           const QDateTime& startsAt,
                                                                           const QDateTime& endsAt,
                                                                           const Id& excludeLessonId)
{
    return readOverlaps(m_db, kLearnerOverlapSql, learnerId, startsAt, endsAt, excludeLessonId);
}

Result<QStringList> LessonRepository::overlapQueryPlans()
{
    QStringList lines;
    for (const QString& sql : {kMentorOverlapSql, kLearnerOverlapSql}) {
        auto s = m_db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        if (!s) {
            return fail(s.error());
        }
        s->bind(QString()).bind(QString()).bind(QString()).bind(QString()).bind(QString());
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        while (s->next()) {
            lines.append(s->text(3));
        }
    }
    return lines;
}

} // namespace mentordesk
