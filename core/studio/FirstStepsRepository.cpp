// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/FirstStepsRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

FirstStepsRepository::FirstStepsRepository(Database& db, Id mentorId)
    : m_db(db)
    , m_mentorId(std::move(mentorId))
{}

Result<bool> FirstStepsRepository::exists(const QString& table, const QString& extra, bool scoped)
{
    const bool byMentor = scoped && !m_mentorId.isEmpty();
    auto s = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM ") + table +
                          QStringLiteral(" WHERE deleted_at IS NULL") + extra +
                          (byMentor ? QStringLiteral(" AND mentor_id = ?") : QString()) + QStringLiteral(")"));
    if (!s) {
        return fail(s.error());
    }
    if (byMentor) {
        s->bind(m_mentorId);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() && s->integer(0) != 0;
}

Result<bool> FirstStepsRepository::hasLearner()
{
    return exists(QStringLiteral("learners"), QString(), true);
}

Result<bool> FirstStepsRepository::hasLesson()
{
    return exists(QStringLiteral("lessons"), QString(), true);
}

Result<bool> FirstStepsRepository::hasRecordedLesson()
{
    return exists(QStringLiteral("lessons"), QStringLiteral(" AND status <> 'scheduled'"), true);
}

Result<bool> FirstStepsRepository::hasInvoice()
{
    return exists(QStringLiteral("invoices"), QStringLiteral(" AND kind = 'invoice'"), false);
}

} // namespace mentordesk
