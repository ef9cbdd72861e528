// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayerRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, name, email, phone, address, invoice_language, "
    "tax_id, notes, archived_at");

Payer readPayer(const Statement& s)
{
    Payer p;
    readMeta(s, p.meta);
    p.name = s.text(6);
    p.email = s.text(7);
    p.phone = s.text(8);
    p.address = s.text(9);
    p.invoiceLanguage = s.text(10);
    p.taxId = s.text(11);
    p.notes = s.text(12);
    p.archivedAt = fromSqlTime(s.text(13));
    return p;
}

constexpr int kNameBatch = 100;

QString filterClause(const PayerFilter& filter)
{
    QString where = QStringLiteral(" WHERE deleted_at IS NULL");
    if (filter.archivedOnly) {
        where += QStringLiteral(" AND archived_at IS NOT NULL");
    } else if (!filter.includeArchived) {
        where += QStringLiteral(" AND archived_at IS NULL");
    }
    if (!filter.text.trimmed().isEmpty()) {
        where +=
            QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\')");
    }
    return where;
}

} // namespace

PayerRepository::PayerRepository(Database& db)
    : m_db(db)
{}

Result<void> PayerRepository::insert(const Payer& p)
{
    // Why: built once; imports call this per row and the statement cache is keyed by the SQL text.
    static const QString sql = QStringLiteral("INSERT INTO payers (") + kColumns +
                               QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto s = m_db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, p.meta, m_db.deviceId());
    s->bind(p.name).bind(p.email).bind(p.phone).bind(p.address).bind(p.invoiceLanguage).bind(p.taxId).bind(p.notes);
    s->bindOptional(toSqlTime(p.archivedAt));
    return s->exec();
}

Result<void> PayerRepository::update(const Payer& p)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE payers SET updated_at = ?, updated_by = ?, version = version + 1, name = ?, email = ?, phone = ?, "
        "address = ?, invoice_language = ?, tax_id = ?, notes = ?, archived_at = ? "
        "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(p.meta.updatedAt)).bind(m_db.deviceId());
    s->bind(p.name).bind(p.email).bind(p.phone).bind(p.address).bind(p.invoiceLanguage).bind(p.taxId).bind(p.notes);
    s->bindOptional(toSqlTime(p.archivedAt)).bind(p.meta.id).bind(p.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("payers"), p.meta.id);
}

Result<std::optional<Payer>> PayerRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM payers WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Payer>();
    }
    return std::optional<Payer>(readPayer(*s));
}

Result<Page<Payer>> PayerRepository::list(const PayerFilter& filter, PageRequest page)
{
    const QString where = filterClause(filter);
    const QString pattern = likePattern(filter.text);
    const auto bindPattern = [&](Statement& st) {
        if (!filter.text.trimmed().isEmpty()) {
            st.bind(pattern).bind(pattern).bind(pattern);
        }
    };
    Page<Payer> result;
    result.offset = page.offset;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM payers") + where);
        if (!count) {
            return fail(count.error());
        }
        bindPattern(*count);
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM payers") + where +
                          QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"));
    if (!s) {
        return fail(s.error());
    }
    bindPattern(*s);
    s->bind(clampLimit(page.limit)).bind(qMax(0, page.offset));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        result.items.append(readPayer(*s));
    }
    return result;
}

Result<QHash<Id, QString>> PayerRepository::namesFor(const QList<Id>& ids, const Id& taughtBy)
{
    static const QString all = QStringLiteral("SELECT id, name FROM payers WHERE deleted_at IS NULL AND id IN (") +
                               placeholderList(kNameBatch) + u')';
    // Payers of learners `taughtBy` teaches (main mentor or a live enrollment; docs/security.md).
    static const QString scoped =
        all + QStringLiteral(" AND EXISTS (SELECT 1 FROM learners l WHERE l.payer_id = payers.id AND "
                             "l.deleted_at IS NULL AND (l.mentor_id = ? OR EXISTS (SELECT 1 FROM enrollments e "
                             "WHERE e.learner_id = l.id AND e.mentor_id = ? AND e.deleted_at IS NULL)))");
    const QString& sql = taughtBy.isEmpty() ? all : scoped;
    QHash<Id, QString> names;
    for (qsizetype start = 0; start < ids.size(); start += kNameBatch) {
        auto s = m_db.prepare(sql);
        if (!s) {
            return fail(s.error());
        }
        for (qsizetype i = start; i < start + kNameBatch; ++i) {
            // Why: unused positions are padded with '' (no id is empty) so the SQL text stays the same.
            s->bind(i < ids.size() ? ids[i] : QString());
        }
        if (!taughtBy.isEmpty()) {
            s->bind(taughtBy).bind(taughtBy);
        }
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        while (s->next()) {
            names.insert(s->text(0), s->text(1));
        }
    }
    return names;
}

} // namespace mentordesk
