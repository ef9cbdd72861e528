// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "search/SearchHit.h"
#include "search/SearchQuery.h"

#include <QList>
#include <QStringList>

namespace mentordesk {

class Database;

/// SQL of the global search: one query pair per record kind, over live (not tombstoned) rows.
///
/// Adding a source is one entry in the kind table of the .cpp (table, title column, two detail
/// columns, archived expression, extra searched columns); a table that only later schemas have is
/// marked optional and skipped where it does not exist — that is how invoices are searched.
///
/// A search first reads the titles that start with the text as a range of the kind's NOCASE name
/// index (cheap while typing); only when that yields fewer than `limit` hits does it scan for the
/// text anywhere in the title, e-mail or phone (LIKE, wildcards escaped), ranking exact matches
/// first, then prefixes, word prefixes and substrings; archived records after live ones. Case is
/// ignored for ASCII letters (SQLite's NOCASE and LIKE).
class SearchRepository final
{
public:
    explicit SearchRepository(Database& db);

    /// The kinds find() knows, in the order GlobalSearch lists them.
    [[nodiscard]] static QStringList kinds();
    /// The kinds this studio has tables for: all of kinds() but those of optional tables (invoices)
    /// that its schema does not have yet.
    [[nodiscard]] Result<QStringList> availableKinds();
    /// At most `limit` hits of `kind` (one of availableKinds()), best first. `query.text` must not be empty.
    [[nodiscard]] Result<QList<SearchHit>> find(const QString& kind, const SearchQuery& query, int limit);

private:
    Database& m_db;
};

} // namespace mentordesk
