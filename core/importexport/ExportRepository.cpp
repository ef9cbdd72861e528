// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ExportRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace mentordesk {

namespace {
QString quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(u'"', QStringLiteral("\"\""));
    return u'"' + s + u'"';
}
} // namespace

ExportRepository::ExportRepository(Database& db)
    : m_db(db)
{}

Result<QStringList> ExportRepository::userTables()
{
    auto s =
        m_db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'meta' ORDER BY name"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QStringList tables;
    while (s->next()) {
        tables.append(s->text(0));
    }
    return tables;
}

Result<QList<TableColumn>> ExportRepository::columns(const QString& table)
{
    auto tables = userTables();
    if (!tables) {
        return fail(tables.error());
    }
    if (!tables->contains(table)) {
        return fail(
            Error::invalid(QStringLiteral("table"), tr("There is no table “%1” in the studio; choose one of: %2.")
                                                        .arg(table, tables->join(QStringLiteral(", ")))));
    }
    // Why: PRAGMA arguments cannot be bound; the name was checked against sqlite_master above.
    auto s = m_db.prepare(QStringLiteral("PRAGMA table_info(") + quoted(table) + u')');
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<TableColumn> out;
    while (s->next()) {
        out.append({s->text(1), s->text(2)});
    }
    return out;
}

Result<qint64> ExportRepository::forEachRow(const QString& table, bool includeDeleted,
                                            const std::function<Result<void>(const QVariantList&)>& row)
{
    auto cols = columns(table);
    if (!cols) {
        return fail(cols.error());
    }
    QStringList names;
    for (const TableColumn& c : *cols) {
        names.append(quoted(c.name));
    }
    const auto has = [&](const QString& name) {
        return std::any_of(cols->cbegin(), cols->cend(), [&](const TableColumn& c) { return c.name == name; });
    };
    QString sql =
        QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + quoted(table);
    if (!includeDeleted && has(QStringLiteral("deleted_at"))) {
        sql += QStringLiteral(" WHERE deleted_at IS NULL");
    }
    if (has(QStringLiteral("id"))) {
        sql += QStringLiteral(" ORDER BY id");
    } else {
        QStringList positions;
        for (qsizetype i = 1; i <= cols->size(); ++i) {
            positions.append(QString::number(i));
        }
        sql += QStringLiteral(" ORDER BY ") + positions.join(QStringLiteral(", "));
    }
    auto s = m_db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    const qsizetype width = cols->size();
    QVariantList values(width);
    qint64 count = 0;
    while (s->next()) {
        for (qsizetype i = 0; i < width; ++i) {
            values[i] = s->value(static_cast<int>(i));
        }
        if (auto ok = row(values); !ok) {
            return fail(ok.error());
        }
        ++count;
    }
    return count;
}

} // namespace mentordesk
