// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/RatingImporter.h"

#include "common/Clock.h"
#include "feedback/FeedbackService.h"
#include "importexport/ImportValues.h"

#include <QRegularExpression>

namespace mentordesk {

namespace {

enum Column
{
    Learner,
    Target,
    TargetId,
    Stars,
    Comment,
    RatedAt,
    ColumnCount
};

/// Service field keys → this importer's columns.
const QHash<QString, QString>& renames()
{
    static const QHash<QString, QString> map = {{QStringLiteral("lesson"), QStringLiteral("target_id")},
                                                {QStringLiteral("mentor"), QStringLiteral("target_id")},
                                                {QStringLiteral("course"), QStringLiteral("target_id")}};
    return map;
}

std::optional<RatingTarget> targetFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == u"课" || t == u"课堂") {
        return RatingTarget::Lesson;
    }
    if (t == u"导师" || t == u"老师" || t.compare(u"teacher", Qt::CaseInsensitive) == 0) {
        return RatingTarget::Mentor;
    }
    if (t == u"课程") {
        return RatingTarget::Course;
    }
    return ratingTargetFromString(t);
}

} // namespace

RatingImporter::RatingImporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_learners(db, NamedTable::Learners)
    , m_mentors(db, NamedTable::Mentors)
    , m_courses(db, NamedTable::Courses)
{}

QString RatingImporter::entity() const
{
    return QStringLiteral("ratings");
}

QList<ColumnSpec> RatingImporter::columns() const
{
    // Order follows the Column enum.
    return {
        {QStringLiteral("learner"),
         {QStringLiteral("learner_id"), QStringLiteral("learner name"), QStringLiteral("student"),
          QStringLiteral("student name"), QStringLiteral("学生"), QStringLiteral("学员"), QStringLiteral("姓名")},
         true},
        {QStringLiteral("target"),
         {QStringLiteral("rates"), QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("评价类型")},
         true},
        {QStringLiteral("target_id"),
         {QStringLiteral("target name"), QStringLiteral("target id or name"), QStringLiteral("item"),
          QStringLiteral("rated item"), QStringLiteral("评价对象")},
         true},
        {QStringLiteral("stars"),
         {QStringLiteral("rating"), QStringLiteral("score"), QStringLiteral("星级"), QStringLiteral("评分")},
         true},
        {QStringLiteral("comment"),
         {QStringLiteral("comments"), QStringLiteral("review"), QStringLiteral("note"), QStringLiteral("评论"),
          QStringLiteral("评语")}},
        {QStringLiteral("rated_at"),
         {QStringLiteral("date"), QStringLiteral("rated on"), QStringLiteral("日期"), QStringLiteral("评价日期")}},
    };
}

Result<const StudioTimeZone*> RatingImporter::zone()
{
    if (!m_zone) {
        auto z = StudioTimeZone::forStudio(m_db, m_clock);
        if (!z) {
            return fail(z.error());
        }
        m_zone = std::move(*z);
    }
    return &*m_zone;
}

Result<QDateTime> RatingImporter::ratedAt(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return QDateTime();
    }
    const Field field{QStringLiteral("rated_at"), tr("Rated at")};
    QDateTime at;
    static const QRegularExpression instant(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (t.size() > 16 && instant.match(t).hasMatch()) {
        at = QDateTime::fromString(t, Qt::ISODate).toUTC();
    } else {
        auto z = zone();
        if (!z) {
            return fail(z.error());
        }
        if (t.size() == 10) {
            auto date = Validation::parseDate(t, field);
            if (!date) {
                return fail(date.error());
            }
            at = (*z)->startOfDayUtc(*date);
        } else if (auto local = StudioTimeZone::parse(t, field); local) {
            auto utc = (*z)->toUtc(*local, field);
            if (!utc) {
                return fail(utc.error());
            }
            at = *utc;
        }
    }
    if (!at.isValid()) {
        return fail(Error::invalid(field.key, tr("Rated at must be a date (YYYY-MM-DD), a local time (YYYY-MM-DD "
                                                 "HH:MM) or an ISO-8601 instant (got “%1”).")
                                                  .arg(t)));
    }
    if (at > m_clock.nowUtc()) {
        return fail(Error::invalid(field.key, tr("A rating cannot be dated in the future (got “%1”).").arg(t)));
    }
    return at;
}

Result<Id> RatingImporter::target(RatingTarget target, const QString& text)
{
    const QString key = QStringLiteral("target_id");
    if (text.trimmed().isEmpty()) {
        return fail(Error::invalid(key, tr("Name what is rated: a lesson id, a mentor or a course.")));
    }
    switch (target) {
    case RatingTarget::Lesson: {
        auto id = Validation::requiredId(text, {key, tr("Lesson")});
        if (!id) {
            return fail(Error::invalid(key, tr("A lesson is named by its id (got “%1”).").arg(text.trimmed())));
        }
        return *id;
    }
    case RatingTarget::Mentor:
        return m_mentors.resolve(text, key);
    case RatingTarget::Course:
        break;
    }
    return m_courses.resolve(text, key);
}

Result<RatingInput> RatingImporter::parse(const ImportRow& row)
{
    RatingInput in;
    auto learner = m_learners.resolve(row.value(Learner), QStringLiteral("learner"));
    if (!learner) {
        return fail(learner.error());
    }
    if (learner->isEmpty()) {
        return fail(Error::invalid(QStringLiteral("learner"), tr("Name the learner who rates.")));
    }
    in.learnerId = *learner;
    const auto kind = targetFromText(row.value(Target));
    if (!kind) {
        return fail(
            Error::invalid(QStringLiteral("target"),
                           tr("Target must be lesson, mentor or course (got “%1”).").arg(row.value(Target).trimmed())));
    }
    in.target = *kind;
    auto targetId = target(*kind, row.value(TargetId));
    if (!targetId) {
        return fail(targetId.error());
    }
    in.targetId = *targetId;
    const QString stars = row.value(Stars).trimmed();
    static const QRegularExpression starGlyphs(QStringLiteral("^★+$"));
    if (starGlyphs.match(stars).hasMatch()) {
        in.stars = static_cast<int>(stars.size());
    } else {
        auto n = Validation::parseInteger(stars, 1, 5, {QStringLiteral("stars"), tr("Stars")});
        if (!n) {
            return fail(n.error());
        }
        in.stars = static_cast<int>(*n);
    }
    if (in.stars < 1 || in.stars > 5) {
        return fail(
            Error::invalid(QStringLiteral("stars"), tr("Stars must lie between 1 and 5 (got %1).").arg(in.stars)));
    }
    in.comment = row.value(Comment).trimmed();
    if (in.comment.size() > FeedbackService::kMaxCommentLength) {
        return fail(Error::invalid(QStringLiteral("comment"), tr("The comment is too long (at most %n characters).",
                                                                 nullptr, FeedbackService::kMaxCommentLength)));
    }
    auto at = ratedAt(row.value(RatedAt));
    if (!at) {
        return fail(at.error());
    }
    in.ratedAt = *at;
    return in;
}

Result<ImportRow> RatingImporter::validateRow(const ImportRow& row)
{
    auto in = parse(row);
    if (!in) {
        return fail(in.error());
    }
    ImportRow out;
    out.line = row.line;
    out.values = QStringList(ColumnCount);
    out.values[Learner] = m_learners.nameOf(in->learnerId);
    out.values[Target] = ratingTargetToString(in->target);
    out.values[TargetId] = in->target == RatingTarget::Mentor   ? m_mentors.nameOf(in->targetId)
                           : in->target == RatingTarget::Course ? m_courses.nameOf(in->targetId)
                                                                : in->targetId;
    out.values[Stars] = QString::number(in->stars);
    out.values[Comment] = in->comment;
    out.values[RatedAt] = in->ratedAt.isValid() ? in->ratedAt.toString(Qt::ISODate) : QString();
    m_parsed.insert(row.line, *in);
    return out;
}

Result<Id> RatingImporter::importRow(const ImportRow& row)
{
    auto in = m_parsed.contains(row.line) ? Result<RatingInput>(m_parsed.take(row.line)) : parse(row);
    if (!in) {
        return fail(in.error());
    }
    auto rated = FeedbackService(m_db, m_clock).rate(*in);
    if (!rated) {
        return fail(ImportValues::atColumn(rated.error(), renames()));
    }
    return rated->meta.id;
}

} // namespace mentordesk
