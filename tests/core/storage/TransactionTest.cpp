// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "TestStudio.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
qint64 metaCount(Database& db)
{
    auto s = db.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'tx-%'"));
    EXPECT_TRUE(s && s->exec());
    return s->next() ? s->integer(0) : -1;
}
void put(Database& db, const QString& key)
{
    auto s = db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'v')"));
    ASSERT_TRUE(s);
    s->bind(key);
    ASSERT_TRUE(s->exec());
}
} // namespace

class TransactionTest : public test::StudioTest
{};

TEST_F(TransactionTest, RollsBackUnlessCommitted)
{
    {
        auto tx = Transaction::begin(db());
        ASSERT_TRUE(tx);
        put(db(), QStringLiteral("tx-1"));
    }
    EXPECT_EQ(metaCount(db()), 0);
    {
        auto tx = Transaction::begin(db());
        ASSERT_TRUE(tx);
        put(db(), QStringLiteral("tx-2"));
        ASSERT_TRUE(tx->commit());
    }
    EXPECT_EQ(metaCount(db()), 1);
}

TEST_F(TransactionTest, NestedGuardRollsBackOnlyItsOwnPart)
{
    auto outer = Transaction::begin(db());
    ASSERT_TRUE(outer);
    put(db(), QStringLiteral("tx-outer"));
    {
        auto inner = Transaction::begin(db());
        ASSERT_TRUE(inner);
        put(db(), QStringLiteral("tx-inner"));
    }
    {
        auto inner = Transaction::begin(db());
        ASSERT_TRUE(inner);
        put(db(), QStringLiteral("tx-inner-kept"));
        ASSERT_TRUE(inner->commit());
    }
    ASSERT_TRUE(outer->commit());
    EXPECT_EQ(metaCount(db()), 2);
}

TEST_F(TransactionTest, CommitTwiceIsRefused)
{
    auto tx = Transaction::begin(db());
    ASSERT_TRUE(tx);
    ASSERT_TRUE(tx->commit());
    auto again = tx->commit();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
}
