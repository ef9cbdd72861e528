// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AuditLog.h"

#include "TestStudio.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace mentordesk;

class AuditLogTest : public test::StudioTest
{
protected:
    void recordThree()
    {
        AuditLog log(db(), clock());
        const Actor owner = Actor::localOwner();
        MD_ASSERT_OK(log.record(owner, QStringLiteral("invoice.issue"), QStringLiteral("invoice"), QStringLiteral("i1"),
                                {{QStringLiteral("number"), QStringLiteral("INV-0001")}}));
        clock().advanceSeconds(60);
        MD_ASSERT_OK(log.record(owner, QStringLiteral("payment.record"), QStringLiteral("payment"),
                                QStringLiteral("p1"), {{QStringLiteral("amount"), 12000}}));
        clock().advanceSeconds(60);
        MD_ASSERT_OK(log.record(owner, QStringLiteral("account.role"), QStringLiteral("account"), QStringLiteral("a1"),
                                {{QStringLiteral("to"), QStringLiteral("mentor")}}));
    }

    bool rawExec(const QString& sql)
    {
        QSqlQuery q(db().connection());
        return q.exec(sql);
    }
};

TEST_F(AuditLogTest, EntriesChainFromTheGenesisHash)
{
    recordThree();
    auto all = AuditLog(db(), clock()).browse(Actor::localOwner(), {});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(2).seq, 1);
    EXPECT_EQ(all->at(2).prevHash, AuditChain::genesisHash());
    EXPECT_EQ(all->at(1).prevHash, all->at(2).hash);
    EXPECT_EQ(all->at(0).prevHash, all->at(1).hash);
    EXPECT_EQ(all->at(1).details, QStringLiteral("{\"amount\":12000}"));
    auto verified = AuditLog(db(), clock()).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact());
    EXPECT_EQ(verified->entries, 3);
}

TEST_F(AuditLogTest, TheDatabaseRefusesUpdatesAndDeletes)
{
    recordThree();
    EXPECT_FALSE(rawExec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 2")));
    EXPECT_FALSE(rawExec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    EXPECT_TRUE(AuditLog(db(), clock()).verify()->intact());
}

TEST_F(AuditLogTest, VerifyFindsAnEditMadeWithRawSql)
{
    recordThree();
    // Somebody with the file and an SQLite shell drops the guard and edits an amount.
    ASSERT_TRUE(rawExec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    ASSERT_TRUE(rawExec(QStringLiteral("UPDATE audit_log SET details = '{\"amount\":1}' WHERE seq = 2")));
    auto verified = AuditLog(db(), clock()).verify();
    ASSERT_TRUE(verified);
    ASSERT_FALSE(verified->intact());
    EXPECT_EQ(verified->broken->seq, 2);
    EXPECT_TRUE(verified->broken->reason.contains(QStringLiteral("changed")));
}

TEST_F(AuditLogTest, VerifyFindsARemovedEntry)
{
    recordThree();
    ASSERT_TRUE(rawExec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    ASSERT_TRUE(rawExec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    auto verified = AuditLog(db(), clock()).verify();
    ASSERT_TRUE(verified);
    ASSERT_FALSE(verified->intact());
    EXPECT_EQ(verified->broken->seq, 3);
}

TEST_F(AuditLogTest, VerifyFindsARehashedButRelinkedEntry)
{
    recordThree();
    // A forger recomputes entry 2's own hash after editing it; entry 3 still points at the old hash.
    ASSERT_TRUE(rawExec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    auto all = AuditLog(db(), clock()).browse(Actor::localOwner(), {});
    AuditEntry second = all->at(1);
    second.details = QStringLiteral("{\"amount\":1}");
    const QString forged = AuditChain::hashOf(second);
    ASSERT_TRUE(rawExec(
        QStringLiteral("UPDATE audit_log SET details = '{\"amount\":1}', hash = '%1' WHERE seq = 2").arg(forged)));
    auto verified = AuditLog(db(), clock()).verify();
    ASSERT_FALSE(verified->intact());
    EXPECT_EQ(verified->broken->seq, 3);
}

TEST_F(AuditLogTest, AnEntryRolledBackWithItsChangeLeavesNoTrace)
{
    {
        auto tx = Transaction::begin(db());
        ASSERT_TRUE(tx);
        MD_ASSERT_OK(AuditLog(db(), clock())
                         .record(Actor::localOwner(), QStringLiteral("payment.record"), QStringLiteral("payment"),
                                 QStringLiteral("p9")));
        // no commit: the change failed later in its use case
    }
    EXPECT_EQ(AuditLog(db(), clock()).verify()->entries, 0);
    recordThree();
    EXPECT_TRUE(AuditLog(db(), clock()).verify()->intact());
}

TEST_F(AuditLogTest, BrowseFiltersAndIsForOwnersOnly)
{
    recordThree();
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("payment.");
    auto payments = AuditLog(db(), clock()).browse(Actor::localOwner(), filter);
    ASSERT_TRUE(payments);
    ASSERT_EQ(payments->size(), 1);
    EXPECT_EQ(payments->at(0).entityId, QStringLiteral("p1"));
    const Actor desk{QStringLiteral("d"), QStringLiteral("desk"), Role::FrontDesk, std::nullopt};
    auto refused = AuditLog(db(), clock()).browse(desk, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("permission"));
}
