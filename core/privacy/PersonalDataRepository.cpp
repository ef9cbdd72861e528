// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/PersonalDataRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonObject>
#include <QJsonValue>

namespace mentordesk {

namespace {

void bindPerson(Statement& s, const QString& condition, const Id& personId)
{
    for (qsizetype i = 0, n = condition.count(u'?'); i < n; ++i) {
        s.bind(personId);
    }
}

QString selectList(const QStringList& columns)
{
    return columns.join(QStringLiteral(", "));
}

} // namespace

PersonalDataRepository::PersonalDataRepository(Database& db)
    : m_db(db)
{}

Result<std::optional<PersonFacts>> PersonalDataRepository::person(PersonKind kind, const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, name, email, phone FROM ") + personTable(kind) +
                          QStringLiteral(" WHERE id = ?"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<PersonFacts>{};
    }
    return std::optional<PersonFacts>{PersonFacts{s->text(0), s->text(1), s->text(2), s->text(3)}};
}

Result<QStringList> PersonalDataRepository::columns(const QString& table)
{
    auto s = m_db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(table);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QStringList out;
    while (s->next()) {
        out.append(s->text(0));
    }
    return out;
}

Result<QJsonArray> PersonalDataRepository::rows(const QString& table, const QString& condition,
                                                const QStringList& columns, const Id& personId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + selectList(columns) + QStringLiteral(" FROM ") + table +
                          QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY created_at, id"));
    if (!s) {
        return fail(s.error());
    }
    bindPerson(*s, condition, personId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QJsonArray out;
    while (s->next()) {
        QJsonObject row;
        for (int i = 0; i < columns.size(); ++i) {
            row.insert(columns.at(i), s->isNull(i) ? QJsonValue() : QJsonValue::fromVariant(s->value(i)));
        }
        out.append(row);
    }
    return out;
}

Result<int> PersonalDataRepository::assign(const QString& table, const QString& condition,
                                           const QList<std::pair<QString, QVariant>>& values, const Id& personId,
                                           const QDateTime& now)
{
    QStringList sets;
    for (const auto& [column, value] : values) {
        sets.append(column + QStringLiteral(" = ?"));
    }
    sets.append(QStringLiteral("updated_at = ?, updated_by = ?, version = version + 1"));
    auto s = m_db.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") +
                          sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ") + condition);
    if (!s) {
        return fail(s.error());
    }
    for (const auto& [column, value] : values) {
        if (value.isNull()) {
            s->bind(QVariant());
        } else {
            s->bind(value);
        }
    }
    s->bind(toSqlTime(now)).bind(m_db.deviceId());
    bindPerson(*s, condition, personId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->rowsAffected();
}

Result<int> PersonalDataRepository::rewrite(const QString& table, const QString& condition, const QStringList& columns,
                                            const Id& personId, const std::function<QString(const QString&)>& rewrite,
                                            const QDateTime& now)
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, ") + selectList(columns) + QStringLiteral(" FROM ") + table +
                          QStringLiteral(" WHERE ") + condition);
    if (!s) {
        return fail(s.error());
    }
    bindPerson(*s, condition, personId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<QStringList> changed; // id, then the new texts
    while (s->next()) {
        QStringList row{s->text(0)};
        bool differs = false;
        for (int i = 0; i < columns.size(); ++i) {
            const QString before = s->text(i + 1);
            const QString after = rewrite(before);
            differs = differs || after != before;
            row.append(after);
        }
        if (differs) {
            changed.append(row);
        }
    }
    QStringList sets;
    for (const QString& c : columns) {
        sets.append(c + QStringLiteral(" = ?"));
    }
    for (const QStringList& row : std::as_const(changed)) {
        auto u =
            m_db.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + sets.join(QStringLiteral(", ")) +
                         QStringLiteral(", updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?"));
        if (!u) {
            return fail(u.error());
        }
        for (qsizetype i = 1; i < row.size(); ++i) {
            u->bind(row.at(i));
        }
        u->bind(toSqlTime(now)).bind(m_db.deviceId()).bind(row.first());
        if (auto ok = u->exec(); !ok) {
            return fail(ok.error());
        }
    }
    return static_cast<int>(changed.size());
}

Result<qint64> PersonalDataRepository::upcomingLessons(const Id& learnerId, const QDateTime& now)
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM lessons l JOIN lesson_attendees a ON a.lesson_id = l.id "
        "WHERE a.learner_id = ? AND a.deleted_at IS NULL AND l.deleted_at IS NULL AND l.status = 'scheduled' "
        "AND l.starts_at > ?"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(learnerId).bind(toSqlTime(now));
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() ? s->integer(0) : 0;
}

Result<qint64> PersonalDataRepository::activeLearnersPaidBy(const Id& payerId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT count(*) FROM learners WHERE payer_id = ? AND deleted_at IS NULL "
                                         "AND status <> 'archived'"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(payerId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() ? s->integer(0) : 0;
}

} // namespace mentordesk
