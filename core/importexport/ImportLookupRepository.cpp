// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportLookupRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

QString sqlFor(NamedTable table)
{
    switch (table) {
    case NamedTable::Payers:
        return QStringLiteral(
            "SELECT id, name, archived_at IS NOT NULL FROM payers WHERE deleted_at IS NULL ORDER BY id");
    case NamedTable::Mentors:
        return QStringLiteral(
            "SELECT id, name, archived_at IS NOT NULL FROM mentors WHERE deleted_at IS NULL ORDER BY id");
    case NamedTable::Learners:
        return QStringLiteral(
            "SELECT id, name, status = 'archived' FROM learners WHERE deleted_at IS NULL ORDER BY id");
    case NamedTable::Courses:
        return QStringLiteral(
            "SELECT id, title, archived_at IS NOT NULL FROM courses WHERE deleted_at IS NULL ORDER BY id");
    case NamedTable::Topics:
        break;
    }
    return QStringLiteral("SELECT id, name, 0 FROM topics WHERE deleted_at IS NULL ORDER BY id");
}

} // namespace

ImportLookupRepository::ImportLookupRepository(Database& db)
    : m_db(db)
{}

Result<QList<NamedRecord>> ImportLookupRepository::namedRecords(NamedTable table)
{
    auto s = m_db.prepare(sqlFor(table));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<NamedRecord> out;
    while (s->next()) {
        out.append({s->text(0), s->text(1), s->integer(2) != 0});
    }
    return out;
}

} // namespace mentordesk
