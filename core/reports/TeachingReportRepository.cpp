// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TeachingReportRepository.h"

#include "reports/LocalTimeSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {
const QString kHeldMinutes =
    QStringLiteral("SUM(CASE WHEN l.status = 'held' THEN COALESCE(l.actual_minutes, l.planned_minutes) ELSE 0 END)");
const QString kScheduledMinutes =
    QStringLiteral("SUM(CASE WHEN l.status = 'scheduled' THEN l.planned_minutes ELSE 0 END)");
} // namespace

TeachingReportRepository::TeachingReportRepository(Database& db)
    : m_db(db)
{}

Result<QList<TeachingReportRepository::MentorRow>> TeachingReportRepository::mentors()
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, name, color, archived_at IS NOT NULL FROM mentors "
                                         "WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<MentorRow> out;
    while (s->next()) {
        out.append({s->text(0), s->text(1), s->text(2), s->integer(3) != 0});
    }
    return out;
}

Result<QList<TeachingReportRepository::WeekMinutes>>
TeachingReportRepository::minutesPerMentorWeek(const LocalTimeSql& local, int weekStartsOn, const QDateTime& fromUtc,
                                               const QDateTime& toUtc)
{
    const SqlFragment week = local.weekStart(QStringLiteral("l.starts_at"), weekStartsOn);
    auto s = m_db.prepare(QStringLiteral("SELECT l.mentor_id, ") + week.sql + QStringLiteral(" AS wk, ") +
                          kHeldMinutes + QStringLiteral(", ") + kScheduledMinutes +
                          QStringLiteral(" FROM lessons l WHERE l.deleted_at IS NULL AND l.starts_at >= ? AND "
                                         "l.starts_at < ? AND l.status IN ('held', 'scheduled') "
                                         "GROUP BY l.mentor_id, wk"));
    if (!s) {
        return fail(s.error());
    }
    for (const QVariant& v : week.binds) {
        s->bind(v);
    }
    s->bind(toSqlTime(fromUtc)).bind(toSqlTime(toUtc));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<WeekMinutes> out;
    while (s->next()) {
        out.append({s->text(0), fromSqlDate(s->text(1)), s->integer(2), s->integer(3)});
    }
    return out;
}

Result<QHash<Id, int>> TeachingReportRepository::weeklyAvailability()
{
    auto s = m_db.prepare(QStringLiteral("SELECT mentor_id, SUM(end_minute - start_minute) FROM mentor_availability "
                                         "WHERE deleted_at IS NULL GROUP BY mentor_id"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, int> out;
    while (s->next()) {
        out.insert(s->text(0), static_cast<int>(s->integer(1)));
    }
    return out;
}

Result<QPair<qint64, qint64>> TeachingReportRepository::minutesBetween(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                                       const Id& mentorId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kHeldMinutes + QStringLiteral(", ") + kScheduledMinutes +
                          QStringLiteral(" FROM lessons l WHERE l.deleted_at IS NULL AND l.starts_at >= ? AND "
                                         "l.starts_at < ? AND l.status IN ('held', 'scheduled')") +
                          (mentorId.isEmpty() ? QString() : QStringLiteral(" AND l.mentor_id = ?")));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(fromUtc)).bind(toSqlTime(toUtc));
    if (!mentorId.isEmpty()) {
        s->bind(mentorId);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return QPair<qint64, qint64>(0, 0);
    }
    return QPair<qint64, qint64>(s->integer(0), s->integer(1));
}

} // namespace mentordesk
