// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressScopeSql.h"

#include "storage/Statement.h"

namespace mentordesk {

QString ProgressScopeSql::from()
{
    return QStringLiteral(" FROM enrollments e JOIN learners le ON le.id = e.learner_id");
}

QString ProgressScopeSql::condition(const ProgressScope& scope)
{
    switch (scope.kind) {
    case ProgressScope::Kind::Enrollment:
        return QStringLiteral(" AND e.id = ?");
    case ProgressScope::Kind::Learner:
        return QStringLiteral(" AND e.learner_id = ?");
    case ProgressScope::Kind::Course:
        return QStringLiteral(" AND e.course_id = ?");
    case ProgressScope::Kind::ActiveStudio:
        return QStringLiteral(" AND e.status = 'active' AND le.status = 'active' AND le.deleted_at IS NULL");
    }
    return {};
}

void ProgressScopeSql::bind(Statement& statement, const ProgressScope& scope)
{
    if (scope.kind != ProgressScope::Kind::ActiveStudio) {
        statement.bind(scope.id);
    }
}

} // namespace mentordesk
