// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/RatingReportRepository.h"

#include "reports/LocalTimeSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

RatingReportRepository::RatingReportRepository(Database& db)
    : m_db(db)
{}

Result<QList<RatingReportRepository::MonthRatings>>
RatingReportRepository::monthly(const LocalTimeSql& local, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    const SqlFragment month = local.monthStart(QStringLiteral("r.rated_at"));
    auto s = m_db.prepare(QStringLiteral("SELECT r.target = 'course' AS is_course, "
                                         "CASE r.target WHEN 'course' THEN r.course_id WHEN 'mentor' THEN r.mentor_id "
                                         "ELSE l.mentor_id END AS tid, ") +
                          month.sql +
                          QStringLiteral(" AS mo, COUNT(*), SUM(r.stars) FROM ratings r "
                                         "LEFT JOIN lessons l ON r.target = 'lesson' AND l.id = r.lesson_id "
                                         "WHERE r.deleted_at IS NULL AND r.rated_at >= ? AND r.rated_at < ? "
                                         "GROUP BY is_course, tid, mo HAVING tid IS NOT NULL"));
    if (!s) {
        return fail(s.error());
    }
    for (const QVariant& v : month.binds) {
        s->bind(v);
    }
    s->bind(toSqlTime(fromUtc)).bind(toSqlTime(toUtc));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<MonthRatings> out;
    while (s->next()) {
        out.append(
            {s->integer(0) == 0, s->text(1), fromSqlDate(s->text(2)), static_cast<int>(s->integer(3)), s->integer(4)});
    }
    return out;
}

Result<QHash<Id, QString>> RatingReportRepository::targetNames()
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, title FROM courses UNION ALL SELECT id, name FROM mentors"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, QString> out;
    while (s->next()) {
        out.insert(s->text(0), s->text(1));
    }
    return out;
}

} // namespace mentordesk
