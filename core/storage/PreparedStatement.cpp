// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PreparedStatement.h"

#include <sqlite3.h>

namespace mentordesk {

PreparedStatement::PreparedStatement(sqlite3* connection, sqlite3_stmt* statement)
    : m_connection(connection)
    , m_statement(statement)
{}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement);
}

Result<std::shared_ptr<PreparedStatement>> PreparedStatement::compile(sqlite3* connection, const QString& sql)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    // Why PERSISTENT: these statements live in the connection's cache for its whole life.
    const int rc = sqlite3_prepare_v3(connection, text.constData(), static_cast<int>(text.size()) + 1,
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK || !statement) {
        sqlite3_finalize(statement);
        const QString reason =
            rc == SQLITE_OK ? QStringLiteral("empty statement") : QString::fromUtf8(sqlite3_errmsg(connection));
        return fail(Error::storage(reason));
    }
    return std::shared_ptr<PreparedStatement>(new PreparedStatement(connection, statement));
}

} // namespace mentordesk
