// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QString>

namespace mentordesk {

/// Text bound as NULL when empty (Statement::bindOptional), for use with Query::run.
struct NullableText
{
    QString value;
};

/// Prepare, bind and execute in one call, for repositories with many small statements:
/// `auto s = Query::run(m_db, sql, id, amount, NullableText{date});` then `while (s->next())`.
class Query final
{
public:
    template <typename... Args>
    [[nodiscard]] static Result<Statement> run(Database& db, const QString& sql, const Args&... args)
    {
        auto s = db.prepare(sql);
        if (!s) {
            return fail(s.error());
        }
        (bindOne(*s, args), ...);
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        return std::move(*s);
    }

    /// Runs a statement that returns no rows.
    template <typename... Args>
    [[nodiscard]] static Result<void> exec(Database& db, const QString& sql, const Args&... args)
    {
        auto s = run(db, sql, args...);
        if (!s) {
            return fail(s.error());
        }
        return {};
    }

private:
    static void bindOne(Statement& s, const NullableText& v) { s.bindOptional(v.value); }
    template <typename T>
    static void bindOne(Statement& s, const T& v)
    {
        s.bind(v);
    }
};

} // namespace mentordesk
