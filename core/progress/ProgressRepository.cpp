// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressRepository.h"

#include "lessons/LessonStatus.h"
#include "progress/ProgressScopeSql.h"
#include "reports/LocalTimeSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

void bindAll(Statement& s, const QVariantList& values)
{
    for (const QVariant& v : values) {
        s.bind(v);
    }
}

LessonOutcome outcomeOf(const QString& status)
{
    switch (lessonStatusFromString(status).value_or(LessonStatus::Scheduled)) {
    case LessonStatus::Held:
        return LessonOutcome::Held;
    case LessonStatus::CancelledByLearner:
        return LessonOutcome::CancelledByLearner;
    case LessonStatus::LateCancel:
        return LessonOutcome::LateCancel;
    case LessonStatus::NoShow:
        return LessonOutcome::NoShow;
    case LessonStatus::CancelledByMentor:
        return LessonOutcome::CancelledByMentor;
    case LessonStatus::Scheduled:
        break;
    }
    return LessonOutcome::Scheduled;
}

} // namespace

ProgressRepository::ProgressRepository(Database& db)
    : m_db(db)
{}

Result<QList<EnrollmentSummary>> ProgressRepository::enrollments(const ProgressScope& scope)
{
    auto s = m_db.prepare(
        QStringLiteral("SELECT e.id, e.learner_id, le.name, e.mentor_id, m.name, COALESCE(e.course_id, ''), "
                       "CASE WHEN e.title <> '' THEN e.title ELSE COALESCE(c.title, '') END, e.status, e.start_date, "
                       "COALESCE(e.planned_end_date, ''), "
                       "CASE WHEN c.id IS NOT NULL THEN c.content_minutes ELSE e.target_minutes END, "
                       "e.efficiency_permille") +
        ProgressScopeSql::from() +
        QStringLiteral(" JOIN mentors m ON m.id = e.mentor_id LEFT JOIN courses c ON c.id = e.course_id "
                       "WHERE e.deleted_at IS NULL") +
        ProgressScopeSql::condition(scope) + QStringLiteral(" ORDER BY le.name COLLATE NOCASE, e.start_date, e.id"));
    if (!s) {
        return fail(s.error());
    }
    ProgressScopeSql::bind(*s, scope);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<EnrollmentSummary> out;
    while (s->next()) {
        EnrollmentSummary e;
        e.id = s->text(0);
        e.learnerId = s->text(1);
        e.learnerName = s->text(2);
        e.mentorId = s->text(3);
        e.mentorName = s->text(4);
        e.courseId = s->text(5);
        e.title = s->text(6);
        e.status = enrollmentStatusFromName(s->text(7)).value_or(EnrollmentStatus::Active);
        e.startDate = fromSqlDate(s->text(8));
        e.plannedEndDate = fromSqlDate(s->text(9));
        e.contentMinutes = static_cast<int>(s->integer(10));
        e.efficiencyPermille = static_cast<int>(s->integer(11));
        out.append(e);
    }
    return out;
}

Result<QHash<Id, QList<LessonEvent>>> ProgressRepository::lessons(const ProgressScope& scope, const LocalTimeSql& local,
                                                                  const QDateTime& untilUtc, const QDateTime& fromUtc)
{
    const SqlFragment day = local.localDate(QStringLiteral("l.starts_at"));
    // Why: CROSS JOIN fixes the join order. A studio-wide read of recent lessons walks the lessons by
    // start time; every other read walks the scope's enrollments and their attendee rows, so only
    // their lessons are looked up (the planner's own choice scanned every attendee row).
    const bool byTime = fromUtc.isValid() && scope.kind == ProgressScope::Kind::ActiveStudio;
    const QString joins =
        byTime ? QStringLiteral(" FROM lessons l CROSS JOIN lesson_attendees la ON la.lesson_id = l.id AND "
                                "la.deleted_at IS NULL CROSS JOIN enrollments e ON e.id = la.enrollment_id "
                                "JOIN learners le ON le.id = e.learner_id")
               : ProgressScopeSql::from() +
                     QStringLiteral(" CROSS JOIN lesson_attendees la ON la.enrollment_id = e.id AND la.deleted_at IS "
                                    "NULL CROSS JOIN lessons l ON l.id = la.lesson_id");
    auto s = m_db.prepare(QStringLiteral("SELECT la.enrollment_id, ") + day.sql +
                          QStringLiteral(", COALESCE(la.status, l.status), COALESCE(l.actual_minutes, "
                                         "l.planned_minutes)") +
                          joins + QStringLiteral(" WHERE e.deleted_at IS NULL AND l.deleted_at IS NULL") +
                          ProgressScopeSql::condition(scope) +
                          (fromUtc.isValid() ? QStringLiteral(" AND l.starts_at >= ?") : QString()) +
                          QStringLiteral(" AND l.starts_at < ? ORDER BY la.enrollment_id, l.starts_at"));
    if (!s) {
        return fail(s.error());
    }
    bindAll(*s, day.binds);
    ProgressScopeSql::bind(*s, scope);
    if (fromUtc.isValid()) {
        s->bind(toSqlTime(fromUtc));
    }
    s->bind(toSqlTime(untilUtc));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, QList<LessonEvent>> out;
    QList<LessonEvent>* current = nullptr;
    QString currentId;
    while (s->next()) {
        const QString id = s->text(0);
        if (!current || id != currentId) {
            currentId = id;
            current = &out[id];
        }
        LessonEvent ev;
        ev.date = fromSqlDate(s->text(1));
        ev.outcome = outcomeOf(s->text(2));
        ev.minutes = ev.outcome == LessonOutcome::Held ? static_cast<int>(s->integer(3)) : 0;
        current->append(ev);
    }
    return out;
}

Result<QHash<Id, qint64>> ProgressRepository::heldTotals(const ProgressScope& scope)
{
    auto s = m_db.prepare(QStringLiteral("SELECT e.id, h.held_minutes") + ProgressScopeSql::from() +
                          QStringLiteral(" JOIN enrollment_held_minutes h ON h.enrollment_id = e.id "
                                         "WHERE e.deleted_at IS NULL") +
                          ProgressScopeSql::condition(scope));
    if (!s) {
        return fail(s.error());
    }
    ProgressScopeSql::bind(*s, scope);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, qint64> out;
    while (s->next()) {
        out.insert(s->text(0), s->integer(1));
    }
    return out;
}

Result<QHash<Id, qint64>> ProgressRepository::heldSince(const ProgressScope& scope, const QDateTime& fromUtc)
{
    // Why: CROSS JOIN walks the lessons from `fromUtc` on by start time (few: the ones after today).
    auto s = m_db.prepare(
        QStringLiteral("SELECT la.enrollment_id, SUM(COALESCE(l.actual_minutes, l.planned_minutes)) FROM lessons l "
                       "CROSS JOIN lesson_attendees la ON la.lesson_id = l.id AND la.deleted_at IS NULL "
                       "CROSS JOIN enrollments e ON e.id = la.enrollment_id JOIN learners le ON le.id = e.learner_id "
                       "WHERE e.deleted_at IS NULL AND l.deleted_at IS NULL") +
        ProgressScopeSql::condition(scope) +
        QStringLiteral(" AND l.starts_at >= ? AND COALESCE(la.status, l.status) = 'held' GROUP BY la.enrollment_id"));
    if (!s) {
        return fail(s.error());
    }
    ProgressScopeSql::bind(*s, scope);
    s->bind(toSqlTime(fromUtc));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, qint64> out;
    while (s->next()) {
        out.insert(s->text(0), s->integer(1));
    }
    return out;
}

Result<QHash<Id, QList<TopicAssessment>>>
ProgressRepository::assessments(const ProgressScope& scope, const LocalTimeSql& local, const QDateTime& untilUtc)
{
    const SqlFragment day = local.localDate(QStringLiteral("a.assessed_at"));
    auto s = m_db.prepare(QStringLiteral("SELECT a.enrollment_id, a.topic_id, ") + day.sql +
                          QStringLiteral(", a.mastery_percent") + ProgressScopeSql::from() +
                          QStringLiteral(" JOIN assessments a ON a.learner_id = e.learner_id AND a.enrollment_id = "
                                         "e.id AND a.deleted_at IS NULL WHERE e.deleted_at IS NULL") +
                          ProgressScopeSql::condition(scope) +
                          QStringLiteral(" AND a.assessed_at < ? ORDER BY a.enrollment_id, a.assessed_at, a.id"));
    if (!s) {
        return fail(s.error());
    }
    bindAll(*s, day.binds);
    ProgressScopeSql::bind(*s, scope);
    s->bind(toSqlTime(untilUtc));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, QList<TopicAssessment>> out;
    while (s->next()) {
        out[s->text(0)].append({s->text(1), fromSqlDate(s->text(2)), static_cast<int>(s->integer(3))});
    }
    return out;
}

Result<QList<TopicAssessment>> ProgressRepository::learnerAssessments(const Id& learnerId, const LocalTimeSql& local,
                                                                      const QDateTime& untilUtc)
{
    const SqlFragment day = local.localDate(QStringLiteral("assessed_at"));
    auto s = m_db.prepare(QStringLiteral("SELECT topic_id, ") + day.sql +
                          QStringLiteral(", mastery_percent FROM assessments WHERE learner_id = ? AND deleted_at IS "
                                         "NULL AND assessed_at < ? ORDER BY assessed_at, id"));
    if (!s) {
        return fail(s.error());
    }
    bindAll(*s, day.binds);
    s->bind(learnerId).bind(toSqlTime(untilUtc));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<TopicAssessment> out;
    while (s->next()) {
        out.append({s->text(0), fromSqlDate(s->text(1)), static_cast<int>(s->integer(2))});
    }
    return out;
}

Result<QHash<Id, QStringList>> ProgressRepository::courseTopicsOfLearner(const Id& learnerId)
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT ct.course_id, ct.topic_id FROM course_topics ct WHERE ct.deleted_at IS NULL AND ct.course_id IN "
        "(SELECT course_id FROM enrollments WHERE learner_id = ? AND deleted_at IS NULL AND course_id IS NOT NULL) "
        "ORDER BY ct.course_id, ct.topic_id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(learnerId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, QStringList> out;
    while (s->next()) {
        out[s->text(0)].append(s->text(1));
    }
    return out;
}

Result<QHash<Id, QString>> ProgressRepository::topicNames()
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, name FROM topics"));
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
