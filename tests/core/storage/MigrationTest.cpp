// SPDX-License-Identifier: GPL-3.0-or-later
// The four migration tests of DESIGN.md (fresh → latest, latest is a no-op, newer refused untouched,
// failing step rolls back) plus fixtures of every earlier schema version upgraded to the latest.
#include "storage/Migration.h"

#include "TestStudio.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Runs `sql` statements (separated by ";\n") on a raw connection to `path`.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + QString::number(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList tableNames(Database& db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

} // namespace

TEST(MigrationTest, FreshDatabaseReachesLatestVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.mentordesk"));
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE(tableNames(**db).contains(QStringLiteral("learners")));
    EXPECT_TRUE((*db)->lastUpgradeBackup().isEmpty()) << "a new file needs no backup";
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery fk((*db)->connection());
    ASSERT_TRUE(fk.exec(QStringLiteral("PRAGMA foreign_keys")) && fk.next());
    EXPECT_EQ(fk.value(0).toInt(), 1);
    QSqlQuery sync((*db)->connection());
    ASSERT_TRUE(sync.exec(QStringLiteral("PRAGMA synchronous")) && sync.next());
    EXPECT_EQ(sync.value(0).toInt(), 2) << "synchronous must be FULL";
}

TEST(MigrationTest, OpeningLatestIsANoOp)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latest.mentordesk"));
    QString deviceId;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        deviceId = (*db)->deviceId();
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    auto again = Database::open(path);
    ASSERT_TRUE(again);
    EXPECT_EQ((*again)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*again)->lastUpgradeBackup().isEmpty());
    EXPECT_EQ((*again)->deviceId(), deviceId) << "the device id is stable across opens";
    const QStringList after = QDir(dir.path()).entryList(QDir::Files);
    for (const QString& f : after) {
        EXPECT_FALSE(f.endsWith(QStringLiteral(".bak"))) << "no backup for a no-op open: " << f.toStdString();
    }
    Q_UNUSED(before);
}

TEST(MigrationTest, NewerDatabaseIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.mentordesk"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
    }
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5)});
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Refused);
    EXPECT_TRUE(db.error().message.contains(QString::number(latestSchemaVersion() + 5)));
    EXPECT_EQ(fileHash(path), before) << "a refused file must not change";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), filesBefore) << "no WAL or backup files created";
}

TEST(MigrationTest, FailingStepRollsBackAndKeepsEarlierSteps)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("failing.mentordesk"));
    QList<Migration> steps = schemaMigrations();
    {
        Database::Options options;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        ASSERT_TRUE(db);
    }
    const int base = latestSchemaVersion();
    steps.append({base + 1,
                  QStringLiteral("broken step"),
                  {QStringLiteral("CREATE TABLE half_done (id TEXT PRIMARY KEY)"),
                   QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    Database::Options options;
    options.migrations = &steps;
    auto failed = Database::open(path, options);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Storage);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("broken step")));

    Database::Options plain;
    plain.migrate = false;
    auto db = Database::open(path, plain);
    ASSERT_TRUE(db);
    EXPECT_EQ((*db)->schemaVersion(), base);
    EXPECT_FALSE(tableNames(**db).contains(QStringLiteral("half_done"))) << "the failed step left a table behind";
    // A backup was taken before the attempted upgrade.
    bool sawBackup = false;
    for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
        sawBackup |=
            f.startsWith(QStringLiteral("failing.mentordesk.v%1-").arg(base)) && f.endsWith(QStringLiteral(".bak"));
    }
    EXPECT_TRUE(sawBackup);
}

TEST(MigrationTest, UpgradeBacksUpFirstAndKeepsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upgrade.mentordesk"));
    QList<Migration> steps = schemaMigrations();
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', 'kept')")));
    }
    const int base = latestSchemaVersion();
    steps.append({base + 1,
                  QStringLiteral("add a column"),
                  {QStringLiteral("ALTER TABLE meta ADD COLUMN note TEXT NOT NULL DEFAULT ''")}});
    Database::Options options;
    options.migrations = &steps;
    auto db = Database::open(path, options);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), base + 1);
    ASSERT_FALSE((*db)->lastUpgradeBackup().isEmpty());
    EXPECT_TRUE(QFile::exists((*db)->lastUpgradeBackup()));
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value, note FROM meta WHERE key = 'probe'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("kept"));
}

TEST(MigrationTest, ForeignFileIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA user_version = 1")});
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Refused);
}

TEST(MigrationTest, MissingFileIsNotCreatedWhenAskedNotTo)
{
    QTemporaryDir dir;
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(dir.filePath(QStringLiteral("absent.mentordesk")), options);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.mentordesk"))));
}

// Fixtures: tests/data/schema/vN.sql is a dump of a studio at schema version N (made with
// scripts/make-schema-fixture when version N was the latest). Every one must upgrade to the
// latest schema with its rows intact. Add a new fixture whenever a migration is appended.
TEST(MigrationTest, EveryEarlierVersionFixtureUpgrades)
{
    const QDir fixtures(mentordesk::test::testDataPath(QStringLiteral("schema")));
    const QStringList files = fixtures.entryList({QStringLiteral("v*.sql")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no schema fixtures found in " << fixtures.path().toStdString();
    for (int v = 1; v <= latestSchemaVersion(); ++v) {
        EXPECT_TRUE(files.contains(QStringLiteral("v%1.sql").arg(v))) << "missing fixture for schema version " << v;
    }
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        QFile f(fixtures.filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        lines.removeIf([](const QString& line) { return line.startsWith(QStringLiteral("--")); });
        QStringList statements;
        for (const QString& s : lines.join(u'\n').split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty()) {
                statements << s.trimmed();
            }
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fixture.mentordesk"));
        rawExec(path, statements);
        qint64 learnersBefore = 0;
        {
            Database::Options plain;
            plain.migrate = false;
            auto raw = Database::open(path, plain);
            ASSERT_TRUE(raw) << raw.error().message.toStdString();
            QSqlQuery q((*raw)->connection());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM learners")) && q.next());
            learnersBefore = q.value(0).toLongLong();
        }
        ASSERT_GT(learnersBefore, 0) << "fixtures must hold data";
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM learners")) && q.next());
        EXPECT_EQ(q.value(0).toLongLong(), learnersBefore);
        QSqlQuery check((*db)->connection());
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        EXPECT_FALSE(check.next()) << "foreign keys broken after upgrade";
    }
}
