// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kSubtitleChars = 80;

/// How one kind is searched. Every query selects: id, title, detail 1, detail 2, archived (0/1).
struct KindSql
{
    QString kind;
    QString from;     ///< FROM clause; the searched table is aliased `t`
    QString title;    ///< title column
    QString details;  ///< two columns shown in the subtitle
    QString archived; ///< expression that is 1 for archived rows
    QStringList also; ///< other columns the text is looked for in (e-mail, phone)
    /// A table that only some studios have (added by a later schema step); the kind is searched
    /// only where it exists. Empty for the tables of the first schema.
    QString optionalTable;
};

const QList<KindSql>& kindSql()
{
    static const QList<KindSql> list = {
        {QStringLiteral("learner"),
         QStringLiteral("learners t LEFT JOIN payers p ON p.id = t.payer_id AND p.deleted_at IS NULL"),
         QStringLiteral("t.name"),
         QStringLiteral("CASE WHEN t.email <> '' THEN t.email ELSE t.phone END, p.name"),
         QStringLiteral("t.status = 'archived'"),
         {QStringLiteral("t.email"), QStringLiteral("t.phone")},
         {}},
        {QStringLiteral("payer"),
         QStringLiteral("payers t"),
         QStringLiteral("t.name"),
         QStringLiteral("t.email, t.phone"),
         QStringLiteral("t.archived_at IS NOT NULL"),
         {QStringLiteral("t.email"), QStringLiteral("t.phone")},
         {}},
        {QStringLiteral("mentor"),
         QStringLiteral("mentors t"),
         QStringLiteral("t.name"),
         QStringLiteral("t.email, t.phone"),
         QStringLiteral("t.archived_at IS NOT NULL"),
         {QStringLiteral("t.email"), QStringLiteral("t.phone")},
         {}},
        {QStringLiteral("course"),
         QStringLiteral("courses t"),
         QStringLiteral("t.title"),
         QStringLiteral("t.description, ''"),
         QStringLiteral("t.archived_at IS NOT NULL"),
         {},
         {}},
        {QStringLiteral("topic"),
         QStringLiteral("topics t"),
         QStringLiteral("t.name"),
         QStringLiteral("t.area, ''"),
         QStringLiteral("0"),
         {},
         {}},
        // Why optional: invoices arrive with schema step 2; an older studio file opened read-only may
        // lack the table. A draft has no number yet and no payer snapshot (payer_name is written when it
        // is issued): it is found by its payer's current name.
        {QStringLiteral("invoice"),
         QStringLiteral("invoices t"),
         QStringLiteral("COALESCE(t.number_text, '')"),
         QStringLiteral(
             "COALESCE(NULLIF(t.payer_name, ''), (SELECT p.name FROM payers p WHERE p.id = t.payer_id), ''), "
             "COALESCE(t.issue_date, '')"),
         QStringLiteral("0"),
         {QStringLiteral("COALESCE(NULLIF(t.payer_name, ''), (SELECT p.name FROM payers p WHERE p.id = t.payer_id))")},
         QStringLiteral("invoices")},
    };
    return list;
}

const KindSql* sqlFor(const QString& kind)
{
    for (const KindSql& k : kindSql()) {
        if (k.kind == kind) {
            return &k;
        }
    }
    return nullptr;
}

QString selectList(const KindSql& k)
{
    return QStringLiteral("SELECT t.id, ") + k.title + QStringLiteral(", ") + k.details + QStringLiteral(", ") +
           k.archived + QStringLiteral(" AS archived");
}

/// Titles starting with the text: a range of the NOCASE name index. Binds: text, text, upper bound, limit.
QString prefixSql(const KindSql& k)
{
    return selectList(k) + QStringLiteral(", ") + k.title + QStringLiteral(" = ? COLLATE NOCASE AS exact FROM ") +
           k.from + QStringLiteral(" WHERE t.deleted_at IS NULL AND ") + k.title +
           QStringLiteral(" COLLATE NOCASE >= ? AND ") + k.title +
           QStringLiteral(" COLLATE NOCASE < ? ORDER BY exact DESC, archived, ") + k.title +
           QStringLiteral(" COLLATE NOCASE, t.id LIMIT ?");
}

/// The text anywhere, ranked. Binds: exact, prefix, word prefix, prefix per `also` column, then
/// substring for the title and per `also` column, then the limit.
QString fullSql(const KindSql& k)
{
    const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
    QString rank = QStringLiteral("CASE WHEN ") + k.title + like + QStringLiteral(" THEN 0 WHEN ") + k.title + like +
                   QStringLiteral(" THEN 1 WHEN ") + k.title + like;
    QString where = k.title + like;
    for (const QString& column : k.also) {
        rank += QStringLiteral(" OR ") + column + like;
        where += QStringLiteral(" OR ") + column + like;
    }
    rank += QStringLiteral(" THEN 2 ELSE 3 END AS rank");
    return selectList(k) + QStringLiteral(", ") + rank + QStringLiteral(" FROM ") + k.from +
           QStringLiteral(" WHERE t.deleted_at IS NULL AND (") + where + QStringLiteral(") ORDER BY rank, archived, ") +
           k.title + QStringLiteral(" COLLATE NOCASE, t.id LIMIT ?");
}

QString subtitle(const QString& first, const QString& second)
{
    QString a = first.section(u'\n', 0, 0).trimmed();
    if (a.size() > kSubtitleChars) {
        a = a.left(kSubtitleChars - 1) + u'…';
    }
    const QString b = second.trimmed();
    if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() ? b : a;
    }
    return a + QStringLiteral(" · ") + b;
}

SearchHit readHit(const Statement& s, const QString& kind, SearchRank rank)
{
    SearchHit hit;
    hit.kind = kind;
    hit.id = s.text(0);
    hit.title = s.text(1);
    hit.subtitle = subtitle(s.text(2), s.text(3));
    hit.archived = s.integer(4) != 0;
    hit.rank = rank;
    return hit;
}

} // namespace

SearchRepository::SearchRepository(Database& db)
    : m_db(db)
{}

QStringList SearchRepository::kinds()
{
    QStringList out;
    for (const KindSql& k : kindSql()) {
        out.append(k.kind);
    }
    return out;
}

Result<QStringList> SearchRepository::availableKinds()
{
    QStringList out;
    for (const KindSql& k : kindSql()) {
        if (!k.optionalTable.isEmpty()) {
            auto s = m_db.prepare(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?)"));
            if (!s) {
                return fail(s.error());
            }
            s->bind(k.optionalTable);
            if (auto ok = s->exec(); !ok) {
                return fail(ok.error());
            }
            if (!s->next() || s->integer(0) == 0) {
                continue;
            }
        }
        out.append(k.kind);
    }
    return out;
}

Result<QList<SearchHit>> SearchRepository::find(const QString& kind, const SearchQuery& query, int limit)
{
    const KindSql* k = sqlFor(kind);
    if (!k) {
        return fail(Error::invalid(QStringLiteral("kind"), QStringLiteral("unknown search kind %1").arg(kind)));
    }
    // Why: the SQL is built once per kind; the statement cache is keyed by its text.
    static const QHash<QString, QString> prefixStatements = [] {
        QHash<QString, QString> h;
        for (const KindSql& each : kindSql()) {
            h.insert(each.kind, prefixSql(each));
        }
        return h;
    }();
    static const QHash<QString, QString> fullStatements = [] {
        QHash<QString, QString> h;
        for (const KindSql& each : kindSql()) {
            h.insert(each.kind, fullSql(each));
        }
        return h;
    }();

    QList<SearchHit> hits;
    {
        auto s = m_db.prepare(prefixStatements.value(kind));
        if (!s) {
            return fail(s.error());
        }
        s->bind(query.text).bind(query.text).bind(query.upperBound).bind(limit);
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        while (s->next()) {
            hits.append(readHit(*s, kind, s->integer(5) != 0 ? SearchRank::Exact : SearchRank::Prefix));
        }
    }
    if (hits.size() >= limit) {
        return hits; // every other match ranks lower
    }
    hits.clear();
    auto s = m_db.prepare(fullStatements.value(kind));
    if (!s) {
        return fail(s.error());
    }
    s->bind(query.exact).bind(query.prefix).bind(query.wordPrefix);
    for (qsizetype i = 0; i < k->also.size(); ++i) {
        s->bind(query.prefix);
    }
    s->bind(query.substring);
    for (qsizetype i = 0; i < k->also.size(); ++i) {
        s->bind(query.substring);
    }
    s->bind(limit);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        hits.append(readHit(*s, kind, static_cast<SearchRank>(std::clamp<qint64>(s->integer(5), 0, 3))));
    }
    return hits;
}

} // namespace mentordesk
