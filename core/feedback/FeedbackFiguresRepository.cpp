// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackFiguresRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

FeedbackFiguresRepository::FeedbackFiguresRepository(Database& db)
    : m_db(db)
{}

Result<QList<FeedbackFiguresRepository::Tally>> FeedbackFiguresRepository::tallies(const QString& sql,
                                                                                   bool withCourseColumns)
{
    auto s = m_db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Tally> out;
    while (s->next()) {
        Tally t;
        t.id = s->text(0);
        t.name = s->text(1);
        t.starSum = s->integer(2);
        t.count = static_cast<int>(s->integer(3));
        if (withCourseColumns) {
            t.quality = static_cast<int>(s->integer(4));
            t.practicality = static_cast<int>(s->integer(5));
        }
        out.append(t);
    }
    return out;
}

Result<QList<FeedbackFiguresRepository::Tally>> FeedbackFiguresRepository::courses()
{
    return tallies(QStringLiteral("SELECT c.id, c.title, COALESCE(r.stars, 0), COALESCE(r.n, 0), c.quality, "
                                  "c.practicality FROM courses c LEFT JOIN (SELECT course_id, SUM(stars) AS stars, "
                                  "COUNT(*) AS n FROM ratings WHERE target = 'course' AND deleted_at IS NULL "
                                  "GROUP BY course_id) r ON r.course_id = c.id WHERE c.deleted_at IS NULL "
                                  "ORDER BY c.title COLLATE NOCASE, c.id"),
                   true);
}

Result<QList<FeedbackFiguresRepository::Tally>> FeedbackFiguresRepository::mentors()
{
    return tallies(QStringLiteral("SELECT m.id, m.name, COALESCE(r.stars, 0), COALESCE(r.n, 0) FROM mentors m "
                                  "LEFT JOIN (SELECT mentor_id, SUM(stars) AS stars, COUNT(*) AS n FROM ratings "
                                  "WHERE target = 'mentor' AND deleted_at IS NULL GROUP BY mentor_id) r "
                                  "ON r.mentor_id = m.id WHERE m.deleted_at IS NULL ORDER BY m.name COLLATE NOCASE, "
                                  "m.id"),
                   false);
}

Result<QList<RatingTriple>> FeedbackFiguresRepository::courseRatings()
{
    auto s = m_db.prepare(QStringLiteral("SELECT learner_id, course_id, stars FROM ratings WHERE target = 'course' "
                                         "AND deleted_at IS NULL ORDER BY rated_at, id"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<RatingTriple> out;
    while (s->next()) {
        out.append({s->text(0), s->text(1), static_cast<float>(s->integer(2))});
    }
    return out;
}

} // namespace mentordesk
