// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonReferenceRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

LessonReferenceRepository::LessonReferenceRepository(Database& db)
    : m_db(db)
{}

Result<std::optional<LessonReferenceRepository::MentorRef>> LessonReferenceRepository::findMentor(const Id& id)
{
    auto s =
        m_db.prepare(QStringLiteral("SELECT id, name, archived_at FROM mentors WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<MentorRef>();
    }
    return std::optional<MentorRef>(MentorRef{s->text(0), s->text(1), !s->isNull(2) && !s->text(2).isEmpty()});
}

Result<std::optional<LessonReferenceRepository::EnrollmentRef>> LessonReferenceRepository::findEnrollment(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.learner_id, e.mentor_id, e.course_id, e.status, p.name FROM enrollments e "
        "JOIN learners p ON p.id = e.learner_id AND p.deleted_at IS NULL WHERE e.id = ? AND e.deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<EnrollmentRef>();
    }
    return std::optional<EnrollmentRef>(
        EnrollmentRef{s->text(0), s->text(1), s->text(2), s->text(3), s->text(4), s->text(5)});
}

} // namespace mentordesk
