// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RecommenderRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <cmath>

namespace mentordesk {

namespace {

/// Runs `sql` with `args` and calls `row` for each result row.
template <typename RowFn>
Result<void> each(Database& db, const QString& sql, const QVariantList& args, RowFn row)
{
    auto s = db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    for (const QVariant& a : args) {
        s->bind(a);
    }
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    while (s->next()) {
        row(*s);
    }
    return {};
}

const QString kLiveCourses = QStringLiteral("c.deleted_at IS NULL AND c.archived_at IS NULL");

} // namespace

RecommenderRepository::RecommenderRepository(Database& db)
    : m_db(db)
{}

Result<QHash<Id, QString>> RecommenderRepository::topicNames()
{
    QHash<Id, QString> names;
    auto ok = each(m_db, QStringLiteral("SELECT id, name FROM topics WHERE deleted_at IS NULL"), {},
                   [&names](const Statement& s) { names.insert(s.text(0), s.text(1)); });
    if (!ok) {
        return fail(ok.error());
    }
    return names;
}

Result<QList<CourseInfo>> RecommenderRepository::courses()
{
    QList<CourseInfo> out;
    QHash<Id, qsizetype> index;
    auto ok = each(m_db,
                   QStringLiteral("SELECT c.id, c.title, c.level, c.content_minutes, c.quality, c.practicality "
                                  "FROM courses c WHERE ") +
                       kLiveCourses + QStringLiteral(" ORDER BY c.title COLLATE NOCASE, c.id"),
                   {}, [&](const Statement& s) {
                       CourseInfo c;
                       c.id = s.text(0);
                       c.title = s.text(1);
                       c.level = static_cast<int>(s.integer(2));
                       c.contentMinutes = static_cast<int>(s.integer(3));
                       c.quality = static_cast<int>(s.integer(4));
                       c.practicality = static_cast<int>(s.integer(5));
                       index.insert(c.id, out.size());
                       out.append(c);
                   });
    if (!ok) {
        return fail(ok.error());
    }
    const auto at = [&](const Id& id) -> CourseInfo* {
        const qsizetype i = index.value(id, -1);
        return i >= 0 ? &out[i] : nullptr;
    };
    ok = each(m_db,
              QStringLiteral("SELECT ct.course_id, ct.topic_id FROM course_topics ct "
                             "JOIN topics t ON t.id = ct.topic_id AND t.deleted_at IS NULL "
                             "WHERE ct.deleted_at IS NULL ORDER BY ct.course_id, t.name COLLATE NOCASE, t.id"),
              {}, [&](const Statement& s) {
                  if (CourseInfo* c = at(s.text(0))) {
                      c->topics.append(s.text(1));
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    ok = each(m_db,
              QStringLiteral("SELECT course_id, COUNT(*), SUM(stars) FROM ratings "
                             "WHERE target = 'course' AND deleted_at IS NULL GROUP BY course_id"),
              {}, [&](const Statement& s) {
                  if (CourseInfo* c = at(s.text(0))) {
                      c->ratingCount = static_cast<int>(s.integer(1));
                      c->ratingSum = static_cast<double>(s.integer(2));
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    ok = each(m_db,
              QStringLiteral("SELECT course_id, COUNT(DISTINCT learner_id) FROM enrollments "
                             "WHERE deleted_at IS NULL AND course_id IS NOT NULL GROUP BY course_id"),
              {}, [&](const Statement& s) {
                  if (CourseInfo* c = at(s.text(0))) {
                      c->learners = static_cast<int>(s.integer(1));
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<RatingTriple>> RecommenderRepository::courseRatings()
{
    QList<RatingTriple> out;
    auto ok = each(m_db,
                   QStringLiteral("SELECT learner_id, course_id, stars FROM ratings "
                                  "WHERE target = 'course' AND deleted_at IS NULL ORDER BY learner_id, course_id"),
                   {}, [&out](const Statement& s) {
                       out.append({s.text(0), s.text(1), static_cast<float>(s.integer(2))});
                   });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<LearnerHistory> RecommenderRepository::learnerHistory(const Id& learnerId, int masteryPercent)
{
    LearnerHistory h;
    qint64 efficiencySum = 0;
    int enrollments = 0;
    auto ok = each(m_db,
                   QStringLiteral("SELECT course_id, efficiency_permille FROM enrollments "
                                  "WHERE learner_id = ? AND deleted_at IS NULL AND course_id IS NOT NULL "
                                  "AND status IN ('active', 'paused', 'completed')"),
                   {learnerId}, [&](const Statement& s) {
                       h.takenCourses.insert(s.text(0));
                       efficiencySum += s.integer(1);
                       ++enrollments;
                   });
    if (!ok) {
        return fail(ok.error());
    }
    if (enrollments > 0) {
        h.efficiencyPermille = static_cast<int>(std::lround(static_cast<double>(efficiencySum) / enrollments));
    }
    ok = each(m_db,
              QStringLiteral("SELECT DISTINCT ct.topic_id FROM enrollments e "
                             "JOIN course_topics ct ON ct.course_id = e.course_id AND ct.deleted_at IS NULL "
                             "WHERE e.learner_id = ? AND e.deleted_at IS NULL "
                             "AND e.status IN ('active', 'paused', 'completed')"),
              {learnerId}, [&h](const Statement& s) { h.knownTopics.insert(s.text(0)); });
    if (!ok) {
        return fail(ok.error());
    }
    // The latest assessment per topic decides (same instant: the higher id, for a stable answer).
    ok =
        each(m_db,
             QStringLiteral("SELECT a.topic_id, a.mastery_percent FROM assessments a "
                            "WHERE a.learner_id = ? AND a.deleted_at IS NULL AND NOT EXISTS ("
                            "SELECT 1 FROM assessments b WHERE b.learner_id = a.learner_id AND b.topic_id = a.topic_id "
                            "AND b.deleted_at IS NULL AND (b.assessed_at > a.assessed_at OR "
                            "(b.assessed_at = a.assessed_at AND b.id > a.id)))"),
             {learnerId}, [&h, masteryPercent](const Statement& s) {
                 if (s.integer(1) >= masteryPercent) {
                     h.knownTopics.insert(s.text(0));
                 }
             });
    if (!ok) {
        return fail(ok.error());
    }
    return h;
}

Result<QList<MentorProfile>> RecommenderRepository::mentors(const QDateTime& fromUtc, const QDateTime& toUtc, int weeks)
{
    QList<MentorProfile> out;
    QHash<Id, qsizetype> index;
    auto ok = each(m_db,
                   QStringLiteral("SELECT id, name, years_teaching FROM mentors WHERE deleted_at IS NULL "
                                  "AND archived_at IS NULL AND role <> 'front_desk' ORDER BY name COLLATE NOCASE, id"),
                   {}, [&](const Statement& s) {
                       MentorProfile m;
                       m.id = s.text(0);
                       m.name = s.text(1);
                       m.yearsTeaching = static_cast<int>(s.integer(2));
                       index.insert(m.id, out.size());
                       out.append(m);
                   });
    if (!ok) {
        return fail(ok.error());
    }
    const auto at = [&](const Id& id) -> MentorProfile* {
        const qsizetype i = index.value(id, -1);
        return i >= 0 ? &out[i] : nullptr;
    };
    ok = each(m_db,
              QStringLiteral("SELECT e.mentor_id, e.topic_id, e.level FROM mentor_expertise e "
                             "JOIN topics t ON t.id = e.topic_id AND t.deleted_at IS NULL WHERE e.deleted_at IS NULL"),
              {}, [&](const Statement& s) {
                  if (MentorProfile* m = at(s.text(0))) {
                      m->expertise.insert(s.text(1), static_cast<int>(s.integer(2)));
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    ok = each(m_db,
              QStringLiteral("SELECT mentor_id, COUNT(*), SUM(stars) FROM ratings "
                             "WHERE target = 'mentor' AND deleted_at IS NULL GROUP BY mentor_id"),
              {}, [&](const Statement& s) {
                  if (MentorProfile* m = at(s.text(0))) {
                      m->coachingCount = static_cast<int>(s.integer(1));
                      m->coachingSum = static_cast<double>(s.integer(2));
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    ok = each(m_db,
              QStringLiteral("SELECT mentor_id, SUM(end_minute - start_minute) FROM mentor_availability "
                             "WHERE deleted_at IS NULL GROUP BY mentor_id"),
              {}, [&](const Statement& s) {
                  if (MentorProfile* m = at(s.text(0))) {
                      m->availableMinutes = s.integer(1) * weeks;
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    ok = each(m_db,
              QStringLiteral("SELECT mentor_id, SUM(planned_minutes) FROM lessons WHERE deleted_at IS NULL "
                             "AND status = 'scheduled' AND starts_at >= ? AND starts_at < ? GROUP BY mentor_id"),
              {toSqlTime(fromUtc), toSqlTime(toUtc)}, [&](const Statement& s) {
                  if (MentorProfile* m = at(s.text(0))) {
                      m->bookedMinutes = s.integer(1);
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    ok = each(m_db,
              QStringLiteral("SELECT mentor_id, COUNT(DISTINCT learner_id) FROM enrollments "
                             "WHERE deleted_at IS NULL AND status = 'active' GROUP BY mentor_id"),
              {}, [&](const Statement& s) {
                  if (MentorProfile* m = at(s.text(0))) {
                      m->activeLearners = static_cast<int>(s.integer(1));
                  }
              });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QString> RecommenderRepository::meta(const QString& key)
{
    QString value;
    auto ok = each(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
                   [&value](const Statement& s) { value = s.text(0); });
    if (!ok) {
        return fail(ok.error());
    }
    return value;
}

Result<void> RecommenderRepository::setMeta(const QString& key, const QString& value)
{
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(key).bind(value);
    return s->exec();
}

} // namespace mentordesk
