// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/RatingRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kColumns =
    QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, learner_id, target, "
                   "lesson_id, mentor_id, course_id, stars, comment, rated_at");

Rating readRating(const Statement& s)
{
    Rating r;
    readMeta(s, r.meta);
    r.learnerId = s.text(6);
    r.target = ratingTargetFromString(s.text(7)).value_or(RatingTarget::Course);
    r.lessonId = s.text(8);
    r.mentorId = s.text(9);
    r.courseId = s.text(10);
    r.stars = static_cast<int>(s.integer(11));
    r.comment = s.text(12);
    r.ratedAt = fromSqlTime(s.text(13));
    return r;
}

QString targetColumn(RatingTarget target)
{
    switch (target) {
    case RatingTarget::Lesson:
        return QStringLiteral("lesson_id");
    case RatingTarget::Mentor:
        return QStringLiteral("mentor_id");
    case RatingTarget::Course:
        return QStringLiteral("course_id");
    }
    return QStringLiteral("course_id");
}

} // namespace

RatingRepository::RatingRepository(Database& db)
    : m_db(db)
{}

Result<void> RatingRepository::insert(const Rating& r)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO ratings (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, r.meta, m_db.deviceId());
    s->bind(r.learnerId).bind(ratingTargetToString(r.target));
    s->bindOptional(r.lessonId).bindOptional(r.mentorId).bindOptional(r.courseId);
    s->bind(r.stars).bind(r.comment).bind(toSqlTime(r.ratedAt));
    return s->exec();
}

Result<void> RatingRepository::update(const Rating& r)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE ratings SET updated_at = ?, updated_by = ?, version = version + 1, "
                                         "stars = ?, comment = ?, rated_at = ? "
                                         "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(r.meta.updatedAt)).bind(m_db.deviceId()).bind(r.stars).bind(r.comment).bind(toSqlTime(r.ratedAt));
    s->bind(r.meta.id).bind(r.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("ratings"), r.meta.id);
}

Result<std::optional<Rating>> RatingRepository::findFor(const Id& learnerId, RatingTarget target, const Id& targetId)
{
    // Why: the column name comes from targetColumn(), never from user input.
    auto s =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM ratings WHERE learner_id = ? AND target = ? AND ") + targetColumn(target) +
                     QStringLiteral(" = ? AND deleted_at IS NULL ORDER BY rated_at DESC, id LIMIT 1"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(learnerId).bind(ratingTargetToString(target)).bind(targetId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Rating>();
    }
    return std::optional<Rating>(readRating(*s));
}

Result<Page<Rating>> RatingRepository::list(const RatingFilter& filter, PageRequest page, const Id& blindViewerMentorId)
{
    QString where = QStringLiteral(" WHERE deleted_at IS NULL");
    QVariantList binds;
    const auto add = [&](const QString& column, const Id& value) {
        if (!value.isEmpty()) {
            where += QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
            binds << value;
        }
    };
    add(QStringLiteral("learner_id"), filter.learnerId);
    add(QStringLiteral("lesson_id"), filter.lessonId);
    add(QStringLiteral("mentor_id"), filter.mentorId);
    add(QStringLiteral("course_id"), filter.courseId);
    if (!blindViewerMentorId.isEmpty()) {
        // Instants are ISO UTC text of one format, so text comparison orders them.
        where += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM assessments a WHERE a.deleted_at IS NULL AND a.mentor_id = ?"
            " AND a.learner_id = ratings.learner_id AND a.assessed_at >= COALESCE((SELECT l.starts_at FROM lessons l"
            " WHERE l.id = ratings.lesson_id), ratings.rated_at))");
        binds << blindViewerMentorId;
    }
    Page<Rating> result;
    result.offset = page.offset;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM ratings") + where);
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
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ratings") + where +
                          QStringLiteral(" ORDER BY rated_at DESC, id LIMIT ? OFFSET ?"));
    if (!s) {
        return fail(s.error());
    }
    for (const QVariant& b : std::as_const(binds)) {
        s->bind(b);
    }
    s->bind(clampLimit(page.limit)).bind(qMax(0, page.offset));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        result.items.append(readRating(*s));
    }
    return result;
}

} // namespace mentordesk
