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
    /// At most `limit` hits of `kind` (one of kinds()), best first. `query.text` must not be empty.
    [[nodiscard]] Result<QList<SearchHit>> find(const QString& kind, const SearchQuery& query, int limit);

private:
    Database& m_db;
};

} // namespace mentordesk
