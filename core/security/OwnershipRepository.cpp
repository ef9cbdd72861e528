// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/OwnershipRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

/// Never a mentor id: a mentor account that names no mentor record owns nothing.
QString mentorKey(const Actor& actor)
{
    return actor.mentorId && !actor.mentorId->isEmpty() ? *actor.mentorId : QStringLiteral("-");
}

/// "Is this learner taught by mentor ?" for the learner row aliased `l`.
const QString kTaughtBy = QStringLiteral(
    "(l.mentor_id = ? OR EXISTS (SELECT 1 FROM enrollments e WHERE e.learner_id = l.id AND e.mentor_id = ? "
    "AND e.deleted_at IS NULL))");
/// "Does this learner have any mentor?" for the learner row aliased `l`.
const QString kHasMentor =
    QStringLiteral("(l.mentor_id IS NOT NULL OR EXISTS (SELECT 1 FROM enrollments e WHERE e.learner_id = l.id "
                   "AND e.deleted_at IS NULL))");

} // namespace

OwnershipRepository::OwnershipRepository(Database& db)
    : m_db(db)
{}

Result<Ownership> OwnershipRepository::learner(const Actor& actor, const Id& learnerId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kTaughtBy + QStringLiteral(", ") + kHasMentor +
                          QStringLiteral(" FROM learners l WHERE l.id = ?"));
    if (!s) {
        return fail(s.error());
    }
    const QString mentor = mentorKey(actor);
    s->bind(mentor).bind(mentor).bind(learnerId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return Ownership::Studio;
    }
    if (s->integer(0) != 0) {
        return Ownership::Own;
    }
    return s->integer(1) != 0 ? Ownership::Other : Ownership::Studio;
}

Result<Ownership> OwnershipRepository::lesson(const Actor& actor, const Id& lessonId)
{
    return mentorColumn(actor, QStringLiteral("lessons"), lessonId);
}

Result<Ownership> OwnershipRepository::series(const Actor& actor, const Id& seriesId)
{
    return mentorColumn(actor, QStringLiteral("lesson_series"), seriesId);
}

Result<Ownership> OwnershipRepository::enrollment(const Actor& actor, const Id& enrollmentId)
{
    return mentorColumn(actor, QStringLiteral("enrollments"), enrollmentId);
}

Result<Ownership> OwnershipRepository::payer(const Actor& actor, const Id& payerId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM learners l WHERE l.payer_id = ? AND "
                                         "l.deleted_at IS NULL AND ") +
                          kTaughtBy + QStringLiteral(")"));
    if (!s) {
        return fail(s.error());
    }
    const QString mentor = mentorKey(actor);
    s->bind(payerId).bind(mentor).bind(mentor);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() && s->integer(0) != 0 ? Ownership::Own : Ownership::Studio;
}

Result<Ownership> OwnershipRepository::mentorColumn(const Actor& actor, const QString& table, const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT mentor_id FROM ") + table + QStringLiteral(" WHERE id = ?"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next() || s->isNull(0)) {
        return Ownership::Studio;
    }
    return actor.ownershipOf(s->text(0));
}

} // namespace mentordesk
