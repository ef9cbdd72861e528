// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace mentordesk {

/// One statement compiled by SQLite for a connection, finalized when the last user lets go of it. The
/// Database keeps these in its statement cache; Statement binds, runs and reads them.
class PreparedStatement final
{
public:
    /// Compiles `sql` on `connection`; the error's message is SQLite's reason (untranslated).
    [[nodiscard]] static Result<std::shared_ptr<PreparedStatement>> compile(sqlite3* connection, const QString& sql);

    ~PreparedStatement();
    PreparedStatement(const PreparedStatement&) = delete;
    PreparedStatement& operator=(const PreparedStatement&) = delete;

    [[nodiscard]] sqlite3* connection() const { return m_connection; }
    [[nodiscard]] sqlite3_stmt* handle() const { return m_statement; }

private:
    PreparedStatement(sqlite3* connection, sqlite3_stmt* statement);

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
};

} // namespace mentordesk
