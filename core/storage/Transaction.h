// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace mentordesk {

class Database;

/// RAII write transaction: rolls back in its destructor unless commit() succeeded.
/// The outermost guard runs BEGIN IMMEDIATE; nested guards use savepoints, so a use case
/// can call other use cases and still be all-or-nothing.
class Transaction final
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Result<void> commit();
    /// Undo everything since begin(); also done by the destructor when not committed.
    void rollback();

private:
    Transaction(Database* db, int depth);
    Database* m_db = nullptr;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace mentordesk
