// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ProgressHistoryRepository.h"

#include "progress/ProgressScopeSql.h"
#include "reports/LocalTimeSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

ProgressHistoryRepository::ProgressHistoryRepository(Database& db)
    : m_db(db)
{}

Result<QList<ProgressHistoryRepository::EnrollmentWeek>>
ProgressHistoryRepository::heldPerWeek(const ProgressScope& scope, const LocalTimeSql& local, int weekStartsOn,
                                       const QDateTime& fromUtc, const QDateTime& toUtc)
{
    const SqlFragment week = local.weekStart(QStringLiteral("l.starts_at"), weekStartsOn);
    auto s = m_db.prepare(
        QStringLiteral("SELECT la.enrollment_id, CASE WHEN l.starts_at < ? THEN '' ELSE ") + week.sql +
        QStringLiteral(" END AS wk, SUM(COALESCE(l.actual_minutes, l.planned_minutes))") + ProgressScopeSql::from() +
        QStringLiteral(" JOIN lesson_attendees la ON la.enrollment_id = e.id AND la.deleted_at IS NULL "
                       "JOIN lessons l ON l.id = la.lesson_id AND l.deleted_at IS NULL WHERE e.deleted_at IS NULL") +
        ProgressScopeSql::condition(scope) +
        QStringLiteral(" AND COALESCE(la.status, l.status) = 'held' AND l.starts_at < ? "
                       "GROUP BY la.enrollment_id, wk"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(fromUtc));
    for (const QVariant& v : week.binds) {
        s->bind(v);
    }
    ProgressScopeSql::bind(*s, scope);
    s->bind(toSqlTime(toUtc));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<EnrollmentWeek> out;
    while (s->next()) {
        out.append({s->text(0), fromSqlDate(s->text(1)), s->integer(2)});
    }
    return out;
}

} // namespace mentordesk
