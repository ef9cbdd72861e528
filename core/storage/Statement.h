// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QVariant>
#include <memory>

struct sqlite3_stmt;

namespace mentordesk {

class PreparedStatement;

/// A prepared, forward-only SQL statement borrowed from the Database's cache. Values are bound
/// by position in the order of `bind()` calls. The statement is reset when the handle goes away,
/// so reads never keep a transaction open by accident.
///
/// It drives SQLite's C API directly (docs/architecture.md, "Statements"): binding through QSqlQuery
/// formatted a placeholder name per value and reading converted every column through UTF-16 variants,
/// which was a third of a billing run. Values read back have the types QSqlQuery gave them: integers as
/// qint64, reals as double, text as QString, blobs as QByteArray, NULL as an invalid QVariant.
class Statement final
{
public:
    explicit Statement(std::shared_ptr<PreparedStatement> prepared);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Binds by the value's type: integers and booleans as integers, doubles as reals, byte arrays as blobs,
    /// dates as "YYYY-MM-DD", anything else as its text; a null value (or null string) as NULL.
    Statement& bind(const QVariant& value);
    /// Binds text; a null QString is stored as '' (use bindOptional() for NULL).
    Statement& bind(const QString& value);
    Statement& bind(qint64 value);
    Statement& bind(int value) { return bind(static_cast<qint64>(value)); }
    Statement& bind(bool value) { return bind(static_cast<qint64>(value ? 1 : 0)); }
    /// Binds NULL for an empty string, the text otherwise.
    Statement& bindOptional(const QString& value);

    /// Executes with the bound values; the binding position starts again at 0 afterwards. A query's
    /// first row is fetched here (so a failing query fails here), the rest by next().
    [[nodiscard]] Result<void> exec();
    /// Advances to the next result row.
    [[nodiscard]] bool next();

    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    /// Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    [[nodiscard]] int rowsAffected() const { return m_changes; }

private:
    [[nodiscard]] sqlite3_stmt* handle() const;
    /// Makes the statement ready for new values (after a run, or on first use).
    void rewind();

    std::shared_ptr<PreparedStatement> m_prepared;
    int m_position = 0;
    int m_changes = 0;
    bool m_ran = false;     ///< stepped since the last rewind
    bool m_pending = false; ///< exec() fetched a row next() has not handed out yet
    bool m_done = false;    ///< no more rows
};

/// Instants are stored as fixed-width ISO-8601 UTC text ("2026-11-22T09:30:00Z") so they sort as text.
[[nodiscard]] QString toSqlTime(const QDateTime& utc);
[[nodiscard]] QDateTime fromSqlTime(const QString& text);
/// Dates are stored as "YYYY-MM-DD".
[[nodiscard]] QString toSqlDate(const QDate& date);
[[nodiscard]] QDate fromSqlDate(const QString& text);

} // namespace mentordesk
