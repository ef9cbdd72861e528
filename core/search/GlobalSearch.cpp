// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/GlobalSearch.h"

#include "search/SearchQuery.h"
#include "search/SearchRepository.h"
#include "security/Guard.h"

#include <algorithm>

namespace mentordesk {

GlobalSearch::GlobalSearch(Database& db)
    : m_db(db)
{}

QStringList GlobalSearch::kinds()
{
    return SearchRepository::kinds();
}

Result<QList<SearchHit>> GlobalSearch::search(const QString& text, int limit)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewLearner); !allowed) {
        return fail(allowed.error());
    }
    if (limit < 1 || limit > kMaxLimit) {
        return fail(Error::invalid(
            QStringLiteral("limit"),
            tr("The number of results per kind must be between 1 and %1, not %2.").arg(kMaxLimit).arg(limit)));
    }
    const SearchQuery query = SearchQuery::from(text);
    if (query.text.size() > kMaxTextLength) {
        return fail(Error::invalid(
            QStringLiteral("text"),
            tr("The search text is too long (%1 characters; at most %2).").arg(query.text.size()).arg(kMaxTextLength)));
    }
    QList<SearchHit> hits;
    if (query.text.isEmpty()) {
        return hits;
    }
    SearchRepository repo(m_db);
    auto kinds = repo.availableKinds();
    if (!kinds) {
        return fail(kinds.error());
    }
    for (const QString& kind : std::as_const(*kinds)) {
        auto found = repo.find(kind, query, limit);
        if (!found) {
            return fail(found.error());
        }
        hits.append(*found);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
    return hits;
}

} // namespace mentordesk
