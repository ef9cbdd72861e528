// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStudio.h"
#include "UiTestSupport.h"
#include "feedback/FeedbackService.h"
#include "security/Actor.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk::test {

/// A demo learner in an active course enrollment who attended a held lesson in the last 90 days.
class FeedbackTestBase : public UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        auto s = session().db().prepare(
            QStringLiteral("SELECT e.learner_id, e.id, e.course_id, e.mentor_id FROM enrollments e "
                           "JOIN lesson_attendees a ON a.enrollment_id = e.id AND a.deleted_at IS NULL "
                           "JOIN lessons l ON l.id = a.lesson_id AND l.deleted_at IS NULL "
                           "WHERE e.deleted_at IS NULL AND e.status = 'active' AND e.course_id IS NOT NULL "
                           "AND l.status = 'held' AND (a.status IS NULL OR a.status = 'held') AND l.starts_at > ? "
                           "GROUP BY e.id ORDER BY e.learner_id LIMIT 1"));
        ASSERT_TRUE(s.has_value());
        s->bind(QStringLiteral("2026-08-20T00:00:00Z"));
        ASSERT_TRUE(s->exec() && s->next());
        m_learner = s->text(0);
        m_enrollment = s->text(1);
        m_course = s->text(2);
        m_mentor = s->text(3);
    }

    FeedbackService service() { return FeedbackService(session().db(), session().clock()); }

    qint64 ratingCount()
    {
        RatingFilter f;
        f.learnerId = m_learner;
        auto page = service().ratings(f, {0, 1});
        return page ? page->total : -1;
    }

    qsizetype assessmentCount()
    {
        auto list = service().assessments(m_learner);
        return list ? list->size() : -1;
    }

    static Actor actorAs(Role role, const Id& mentorId = {})
    {
        Actor a;
        a.accountId = QStringLiteral("acct-%1").arg(static_cast<int>(role));
        a.username = QStringLiteral("tester");
        a.role = role;
        if (!mentorId.isEmpty()) {
            a.mentorId = mentorId;
        }
        return a;
    }

    Id m_learner;
    Id m_enrollment;
    Id m_course;
    Id m_mentor;
};

} // namespace mentordesk::test
