// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace mentordesk {

/// A prepared, forward-only SQL statement borrowed from the Database's cache. Values are bound
/// by position in the order of `bind()` calls. The statement is reset when the handle goes away,
/// so reads never keep a transaction open by accident.
class Statement final
{
public:
    explicit Statement(std::shared_ptr<QSqlQuery> query);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const QVariant& value);
    /// Binds text; a null QString is stored as '' (use bindOptional() for NULL).
    Statement& bind(const QString& value) { return bind(QVariant(value.isNull() ? QStringLiteral("") : value)); }
    Statement& bind(qint64 value) { return bind(QVariant(value)); }
    Statement& bind(int value) { return bind(QVariant(value)); }
    Statement& bind(bool value) { return bind(QVariant(value ? 1 : 0)); }
    /// Binds NULL for an empty string, the text otherwise.
    Statement& bindOptional(const QString& value);

    /// Executes with the bound values; the binding position starts again at 0 afterwards.
    [[nodiscard]] Result<void> exec();
    /// Advances to the next result row.
    [[nodiscard]] bool next() { return m_query->next(); }

    [[nodiscard]] QVariant value(int column) const { return m_query->value(column); }
    [[nodiscard]] QString text(int column) const { return m_query->value(column).toString(); }
    [[nodiscard]] qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    [[nodiscard]] bool isNull(int column) const { return m_query->isNull(column); }
    [[nodiscard]] int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    std::shared_ptr<QSqlQuery> m_query;
    int m_position = 0;
};

/// Instants are stored as fixed-width ISO-8601 UTC text ("2026-11-22T09:30:00Z") so they sort as text.
[[nodiscard]] QString toSqlTime(const QDateTime& utc);
[[nodiscard]] QDateTime fromSqlTime(const QString& text);
/// Dates are stored as "YYYY-MM-DD".
[[nodiscard]] QString toSqlDate(const QDate& date);
[[nodiscard]] QDate fromSqlDate(const QString& text);

} // namespace mentordesk
