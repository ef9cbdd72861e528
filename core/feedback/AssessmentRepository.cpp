// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/AssessmentRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {
const QString kColumns = QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, mentor_id, "
                                        "learner_id, topic_id, enrollment_id, mastery_percent, assessed_at, note");
} // namespace

AssessmentRepository::AssessmentRepository(Database& db)
    : m_db(db)
{}

Result<void> AssessmentRepository::insert(const Assessment& a)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO assessments (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, a.meta, m_db.deviceId());
    s->bind(a.mentorId).bind(a.learnerId).bind(a.topicId).bindOptional(a.enrollmentId.value_or(QString()));
    s->bind(a.masteryPercent).bind(toSqlTime(a.assessedAt)).bind(a.note);
    return s->exec();
}

Result<QList<Assessment>> AssessmentRepository::forLearner(const Id& learnerId, const Id& topicId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM assessments WHERE learner_id = ? AND (? = '' OR topic_id = ?) AND "
                                         "deleted_at IS NULL ORDER BY assessed_at, id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(learnerId).bind(topicId).bind(topicId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Assessment> out;
    while (s->next()) {
        Assessment a;
        readMeta(*s, a.meta);
        a.mentorId = s->text(6);
        a.learnerId = s->text(7);
        a.topicId = s->text(8);
        if (!s->isNull(9) && !s->text(9).isEmpty()) {
            a.enrollmentId = s->text(9);
        }
        a.masteryPercent = static_cast<int>(s->integer(10));
        a.assessedAt = fromSqlTime(s->text(11));
        a.note = s->text(12);
        out.append(a);
    }
    return out;
}

} // namespace mentordesk
