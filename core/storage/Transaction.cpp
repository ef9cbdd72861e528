// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {
QString savepointName(int depth)
{
    return QStringLiteral("md_sp_%1").arg(depth);
}

/// Why: use cases nest (an import creates each row through a service), so savepoint statements run
/// once per row; the Database's prepared-statement cache makes that cheap.
Result<void> run(Database& db, const QString& sql)
{
    auto s = db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    return s->exec();
}
} // namespace

Transaction::Transaction(Database* db, int depth)
    : m_db(db)
    , m_depth(depth)
    , m_active(true)
{}

Result<Transaction> Transaction::begin(Database& db)
{
    const int depth = db.m_transactionDepth;
    const QString sql =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    if (auto ok = run(db, sql); !ok) {
        return fail(ok.error());
    }
    ++db.m_transactionDepth;
    return Transaction(&db, depth);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_active(other.m_active)
{
    other.m_active = false;
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

Result<void> Transaction::commit()
{
    if (!m_active) {
        return fail(Error::refused(Database::tr("The transaction was already finished.")));
    }
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth);
    if (auto ok = run(*m_db, sql); !ok) {
        rollback();
        return ok;
    }
    m_active = false;
    --m_db->m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    if (m_depth == 0) {
        (void)run(*m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)run(*m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        (void)run(*m_db, QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    m_active = false;
    --m_db->m_transactionDepth;
}

} // namespace mentordesk
