// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatcherTestData.h"

#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk::test {

QString queryText(StudioSession& session, const QString& sql, const QString& arg)
{
    auto s = session.db().prepare(sql);
    if (!s) {
        return {};
    }
    if (!arg.isNull()) {
        s->bind(arg);
    }
    if (!s->exec() || !s->next()) {
        return {};
    }
    return s->text(0);
}

QString learnerWithGoals(StudioSession& session)
{
    // Why: a learner whose goal is not yet taught by one of their courses, so the path has work to plan.
    return queryText(session,
                     QStringLiteral("SELECT l.id FROM learners l JOIN learner_goals g ON g.learner_id = l.id AND "
                                    "g.deleted_at IS NULL WHERE l.deleted_at IS NULL AND l.status = 'active' AND "
                                    "l.weekly_minutes > 0 AND NOT EXISTS (SELECT 1 FROM enrollments e JOIN "
                                    "course_topics ct ON ct.course_id = e.course_id AND ct.deleted_at IS NULL WHERE "
                                    "e.learner_id = l.id AND e.deleted_at IS NULL AND e.status <> 'cancelled' AND "
                                    "ct.topic_id = g.topic_id) ORDER BY l.name LIMIT 1"));
}

int activeEnrollments(StudioSession& session, const QString& learnerId, const QString& courseId)
{
    auto s = session.db().prepare(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE learner_id = ? AND "
                                                 "course_id = ? AND status = 'active' AND deleted_at IS NULL"));
    if (!s) {
        return -1;
    }
    s->bind(learnerId).bind(courseId);
    if (!s->exec() || !s->next()) {
        return -1;
    }
    return s->text(0).toInt();
}

} // namespace mentordesk::test
