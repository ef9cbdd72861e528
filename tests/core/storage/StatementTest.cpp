// SPDX-License-Identifier: GPL-3.0-or-later
// The statement layer drives SQLite's C API directly (docs/architecture.md, "Storage"); these tests pin the
// behaviour repositories rely on: value types read back, NULL handling, re-use of a cached statement,
// errors, and that a read does not keep a transaction open.
#include "storage/Statement.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

class StatementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::openInMemory();
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        m_db = std::move(*opened);
        ASSERT_TRUE(m_db->exec(QStringLiteral("CREATE TABLE t (k INTEGER, txt TEXT, r REAL, b BLOB, n TEXT)")));
    }
    Database& db() { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(StatementTest, ValuesComeBackWithTheTypesQtSqlGave)
{
    ASSERT_TRUE(Query::exec(db(), QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)"), qint64(1) << 40,
                            QString::fromUtf8("陈静 — Chen"), QVariant(2.5), QVariant(QByteArray("\0x\1", 3)),
                            NullableText{}));
    auto s = Query::run(db(), QStringLiteral("SELECT k, txt, r, b, n FROM t"));
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->next());
    EXPECT_EQ(s->value(0).typeId(), QMetaType::LongLong);
    EXPECT_EQ(s->integer(0), qint64(1) << 40);
    EXPECT_EQ(s->text(0), QStringLiteral("1099511627776")); // a number read as text, as QVariant converts it
    EXPECT_EQ(s->value(1).typeId(), QMetaType::QString);
    EXPECT_EQ(s->text(1), QString::fromUtf8("陈静 — Chen"));
    EXPECT_EQ(s->value(2).typeId(), QMetaType::Double);
    EXPECT_DOUBLE_EQ(s->value(2).toDouble(), 2.5);
    EXPECT_EQ(s->value(3).typeId(), QMetaType::QByteArray);
    EXPECT_EQ(s->value(3).toByteArray(), QByteArray("\0x\1", 3));
    EXPECT_TRUE(s->isNull(4));
    EXPECT_TRUE(s->value(4).isNull());
    EXPECT_TRUE(s->text(4).isEmpty());
    EXPECT_EQ(s->integer(4), 0);
    EXPECT_FALSE(s->next());
    EXPECT_FALSE(s->next()) << "stays at the end";
}

TEST_F(StatementTest, NullsAreBoundOnlyWhenAskedFor)
{
    ASSERT_TRUE(Query::exec(db(), QStringLiteral("INSERT INTO t (k, txt, n) VALUES (1, ?, ?)"), QString(),
                            NullableText{QString()}));
    ASSERT_TRUE(Query::exec(db(), QStringLiteral("INSERT INTO t (k, txt, n) VALUES (2, ?, ?)"),
                            QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<qint64>())));
    auto s = Query::run(db(), QStringLiteral("SELECT k, txt IS NULL, n IS NULL FROM t ORDER BY k"));
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->next());
    EXPECT_EQ(s->integer(1), 0) << "a null QString bound directly is stored as ''";
    EXPECT_EQ(s->integer(2), 1) << "bindOptional stores an empty string as NULL";
    ASSERT_TRUE(s->next());
    EXPECT_EQ(s->integer(1), 1) << "a null QVariant is NULL";
    EXPECT_EQ(s->integer(2), 1);
}

TEST_F(StatementTest, ACachedStatementRunsAgainWithNewValuesAndCountsChanges)
{
    const QString insert = QStringLiteral("INSERT INTO t (k, txt) VALUES (?, ?)");
    for (int i = 1; i <= 3; ++i) {
        auto s = db().prepare(insert);
        ASSERT_TRUE(s);
        s->bind(i).bind(QStringLiteral("row %1").arg(i));
        ASSERT_TRUE(s->exec());
        EXPECT_EQ(s->rowsAffected(), 1);
    }
    auto update = Query::run(db(), QStringLiteral("UPDATE t SET txt = 'x' WHERE k >= ?"), 2);
    ASSERT_TRUE(update);
    EXPECT_EQ(update->rowsAffected(), 2);

    // One Statement object executed twice, the second time before reading all rows of the first.
    auto s = db().prepare(QStringLiteral("SELECT txt FROM t WHERE k >= ? ORDER BY k"));
    ASSERT_TRUE(s);
    s->bind(1);
    ASSERT_TRUE(s->exec());
    ASSERT_TRUE(s->next());
    EXPECT_EQ(s->text(0), QStringLiteral("row 1"));
    s->bind(3);
    ASSERT_TRUE(s->exec());
    QStringList rows;
    while (s->next()) {
        rows << s->text(0);
    }
    EXPECT_EQ(rows, QStringList{QStringLiteral("x")});
}

TEST_F(StatementTest, ErrorsNameSQLitesReasonAndLeaveTheStatementUsable)
{
    ASSERT_TRUE(db().exec(QStringLiteral("CREATE UNIQUE INDEX t_k ON t (k)")));
    const QString insert = QStringLiteral("INSERT INTO t (k) VALUES (?)");
    ASSERT_TRUE(Query::exec(db(), insert, 7));
    auto again = Query::exec(db(), insert, 7);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Storage);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("UNIQUE constraint failed")))
        << again.error().message.toStdString();
    EXPECT_TRUE(Query::exec(db(), insert, 8)) << "the cached statement works after the failure";

    auto tooFew = db().prepare(QStringLiteral("INSERT INTO t (k, txt) VALUES (?, ?)"));
    ASSERT_TRUE(tooFew);
    tooFew->bind(9);
    auto ran = tooFew->exec();
    ASSERT_FALSE(ran) << "a missing value is an error, not a stale or NULL one";
    EXPECT_TRUE(ran.error().message.contains(QStringLiteral("1 values bound for 2 parameters")))
        << ran.error().message.toStdString();

    auto bad = db().prepare(QStringLiteral("SELECT nope FROM t"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("no such column: nope")))
        << bad.error().message.toStdString();
}

TEST(StatementFileTest, AnAbandonedReadDoesNotBlockAnotherConnectionsCheckpoint)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.mentordesk"));
    auto a = Database::open(path);
    ASSERT_TRUE(a);
    ASSERT_TRUE((*a)->exec(QStringLiteral("CREATE TABLE big (v INTEGER)")));
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(Query::exec(**a, QStringLiteral("INSERT INTO big VALUES (?)"), i));
    }
    {
        auto s = Query::run(**a, QStringLiteral("SELECT v FROM big"));
        ASSERT_TRUE(s);
        ASSERT_TRUE(s->next()); // two rows never read: the statement ends its read when it goes away
    }
    auto b = Database::openForWorker(path);
    ASSERT_TRUE(b);
    ASSERT_TRUE(Query::exec(**b, QStringLiteral("INSERT INTO big VALUES (?)"), 3));
    auto checkpoint = Query::run(**b, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    ASSERT_TRUE(checkpoint);
    ASSERT_TRUE(checkpoint->next());
    EXPECT_EQ(checkpoint->integer(0), 0) << "busy: a reader still holds a snapshot";
}
