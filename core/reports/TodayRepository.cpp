// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TodayRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

TodayRepository::TodayRepository(Database& db, Id mentorId)
    : m_db(db)
    , m_mentorId(std::move(mentorId))
{}

QString TodayRepository::scope(QVariantList& binds) const
{
    if (m_mentorId.isEmpty()) {
        return {};
    }
    binds.prepend(m_mentorId);
    return QStringLiteral(" AND mentor_id = ?");
}

Result<QList<TodayLesson>> TodayRepository::read(const QString& idsQuery, const QVariantList& binds, bool newestFirst)
{
    auto s = m_db.prepare(
        QStringLiteral("SELECT l.id, l.starts_at, l.planned_minutes, l.status, l.mentor_id, m.name, "
                       "COALESCE(la.learner_id, ''), COALESCE(le.name, ''), COALESCE(la.enrollment_id, '') FROM (") +
        idsQuery +
        QStringLiteral(") x JOIN lessons l ON l.id = x.id JOIN mentors m ON m.id = l.mentor_id "
                       "LEFT JOIN lesson_attendees la ON la.lesson_id = l.id AND la.deleted_at IS NULL "
                       "LEFT JOIN learners le ON le.id = la.learner_id ORDER BY l.starts_at") +
        (newestFirst ? QStringLiteral(" DESC") : QString()) + QStringLiteral(", l.id, le.name COLLATE NOCASE"));
    if (!s) {
        return fail(s.error());
    }
    for (const QVariant& v : binds) {
        s->bind(v);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<TodayLesson> out;
    while (s->next()) {
        const Id id = s->text(0);
        if (out.isEmpty() || out.constLast().lessonId != id) {
            TodayLesson l;
            l.lessonId = id;
            l.startsAt = fromSqlTime(s->text(1));
            l.plannedMinutes = static_cast<int>(s->integer(2));
            l.status = lessonStatusFromString(s->text(3)).value_or(LessonStatus::Scheduled);
            l.mentorId = s->text(4);
            l.mentorName = s->text(5);
            out.append(l);
        }
        if (!s->text(6).isEmpty()) {
            out.last().attendees.append({s->text(6), s->text(7), s->text(8)});
        }
    }
    return out;
}

Result<QList<TodayLesson>> TodayRepository::lessonsBetween(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    QVariantList binds{toSqlTime(fromUtc), toSqlTime(toUtc)};
    const QString mentor = scope(binds);
    return read(QStringLiteral("SELECT id FROM lessons WHERE deleted_at IS NULL") + mentor +
                    QStringLiteral(" AND starts_at >= ? AND starts_at < ?"),
                binds, false);
}

Result<QList<TodayLesson>> TodayRepository::awaitingAttendance(const QDateTime& sinceUtc, const QDateTime& nowUtc,
                                                               int limit)
{
    const QString now = toSqlTime(nowUtc);
    QVariantList binds{toSqlTime(sinceUtc), now, now, limit};
    const QString mentor = scope(binds);
    return read(QStringLiteral("SELECT id FROM lessons WHERE deleted_at IS NULL") + mentor +
                    QStringLiteral(" AND starts_at >= ? AND starts_at < ? AND ends_at <= ? AND status = 'scheduled' "
                                   "ORDER BY starts_at DESC LIMIT ?"),
                binds, true);
}

Result<qint64> TodayRepository::countAwaitingAttendance(const QDateTime& sinceUtc, const QDateTime& nowUtc)
{
    const QString now = toSqlTime(nowUtc);
    QVariantList binds{toSqlTime(sinceUtc), now, now};
    const QString mentor = scope(binds);
    auto s =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM lessons WHERE deleted_at IS NULL") + mentor +
                     QStringLiteral(" AND starts_at >= ? AND starts_at < ? AND ends_at <= ? AND status = 'scheduled'"));
    if (!s) {
        return fail(s.error());
    }
    for (const QVariant& v : binds) {
        s->bind(v);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() ? s->integer(0) : 0;
}

} // namespace mentordesk
