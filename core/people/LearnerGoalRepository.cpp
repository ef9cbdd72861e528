// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerGoalRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

LearnerGoalRepository::LearnerGoalRepository(Database& db)
    : m_db(db)
{}

Result<void> LearnerGoalRepository::insert(const Id& learnerId, const Id& topicId, const QDateTime& nowUtc)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO learner_goals (id, created_at, updated_at, updated_by, version, "
                                         "deleted_at, learner_id, topic_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    RecordMeta meta;
    meta.id = newId();
    meta.createdAt = meta.updatedAt = nowUtc;
    meta.version = 1;
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(learnerId).bind(topicId);
    return s->exec();
}

Result<void> LearnerGoalRepository::remove(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, QStringLiteral("learner_goals"), id, nowUtc);
}

Result<QList<LearnerGoalRepository::Row>> LearnerGoalRepository::rowsForLearner(const Id& learnerId)
{
    auto s = m_db.prepare(
        QStringLiteral("SELECT id, topic_id FROM learner_goals WHERE learner_id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(learnerId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Row> out;
    while (s->next()) {
        out.append({s->text(0), s->text(1)});
    }
    return out;
}

Result<QList<LearnerGoal>> LearnerGoalRepository::goalsForLearner(const Id& learnerId)
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT g.topic_id, t.name FROM learner_goals g JOIN topics t ON t.id = g.topic_id AND t.deleted_at IS NULL "
        "WHERE g.learner_id = ? AND g.deleted_at IS NULL ORDER BY t.name COLLATE NOCASE, t.id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(learnerId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<LearnerGoal> out;
    while (s->next()) {
        out.append({s->text(0), s->text(1)});
    }
    return out;
}

} // namespace mentordesk
