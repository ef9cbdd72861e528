// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ReferenceIndex.h"

namespace mentordesk {

namespace {

constexpr qsizetype kListedIds = 5;

} // namespace

ReferenceIndex::ReferenceIndex(Database& db, NamedTable table)
    : m_db(db)
    , m_table(table)
{}

QString ReferenceIndex::nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

Result<void> ReferenceIndex::load()
{
    if (m_loaded) {
        return {};
    }
    auto records = ImportLookupRepository(m_db).namedRecords(m_table);
    if (!records) {
        return fail(records.error());
    }
    m_records = std::move(*records);
    m_byId.reserve(m_records.size());
    m_byName.reserve(m_records.size());
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        m_byId.insert(m_records[i].id, i);
        m_byName[nameKey(m_records[i].name)].append(i);
    }
    m_loaded = true;
    return {};
}

Result<Id> ReferenceIndex::resolve(const QString& text, const QString& fieldKey)
{
    const QString given = text.trimmed();
    if (given.isEmpty()) {
        return Id();
    }
    if (auto ok = load(); !ok) {
        return fail(ok.error());
    }
    if (const auto byId = m_byId.constFind(given.toLower()); byId != m_byId.cend()) {
        return m_records[*byId].id;
    }
    const auto byName = m_byName.constFind(nameKey(given));
    if (byName == m_byName.cend()) {
        return fail(Error::invalid(fieldKey, unknownMessage(given)));
    }
    const QList<qsizetype>& matches = *byName;
    if (matches.size() == 1) {
        return m_records[matches.constFirst()].id;
    }
    QList<qsizetype> active;
    for (qsizetype i : matches) {
        if (!m_records[i].archived) {
            active.append(i);
        }
    }
    if (active.size() == 1) {
        return m_records[active.constFirst()].id;
    }
    return fail(Error::invalid(fieldKey, ambiguousMessage(given, active.isEmpty() ? matches : active)));
}

QString ReferenceIndex::nameOf(const Id& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? QString() : m_records[*it].name;
}

QString ReferenceIndex::unknownMessage(const QString& text) const
{
    switch (m_table) {
    case NamedTable::Payers:
        return tr("There is no payer with the id or name “%1”.").arg(text);
    case NamedTable::Mentors:
        return tr("There is no mentor with the id or name “%1”.").arg(text);
    case NamedTable::Learners:
        return tr("There is no learner with the id or name “%1”.").arg(text);
    case NamedTable::Courses:
        return tr("There is no course with the id or title “%1”.").arg(text);
    case NamedTable::Topics:
        break;
    }
    return tr("There is no topic with the id or name “%1”.").arg(text);
}

QString ReferenceIndex::ambiguousMessage(const QString& text, const QList<qsizetype>& matches) const
{
    QStringList ids;
    for (qsizetype i = 0; i < matches.size() && i < kListedIds; ++i) {
        ids.append(m_records[matches[i]].id);
    }
    if (matches.size() > kListedIds) {
        ids.append(QStringLiteral("…"));
    }
    const QString list = ids.join(QStringLiteral(", "));
    const int n = static_cast<int>(matches.size());
    switch (m_table) {
    case NamedTable::Payers:
        return tr("%n payers are called “%1”; write the id of the one you mean (%2).", nullptr, n).arg(text, list);
    case NamedTable::Mentors:
        return tr("%n mentors are called “%1”; write the id of the one you mean (%2).", nullptr, n).arg(text, list);
    case NamedTable::Learners:
        return tr("%n learners are called “%1”; write the id of the one you mean (%2).", nullptr, n).arg(text, list);
    case NamedTable::Courses:
        return tr("%n courses are titled “%1”; write the id of the one you mean (%2).", nullptr, n).arg(text, list);
    case NamedTable::Topics:
        break;
    }
    return tr("%n topics are called “%1”; write the id of the one you mean (%2).", nullptr, n).arg(text, list);
}

} // namespace mentordesk
