// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "common/Id.h"
#include "storage/Migrator.h"
#include "storage/PreparedStatement.h"
#include "storage/Statement.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

const QString kMemoryPath = QStringLiteral(":memory:");

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mentordesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

/// Reads user_version and application_id through a read-only connection, so a file that is
/// refused is never written to (not even the WAL switch).
struct Probe
{
    int userVersion = 0;
    qint64 applicationId = 0;
};

Result<Probe> probeFile(const QString& path)
{
    const QString name = nextConnectionName();
    Result<Probe> result = Probe{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = fail(Error::storage(
                Database::tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                result = fail(Error::storage(Database::tr("“%1” is not a MentorDesk studio (not an SQLite database).")
                                                 .arg(QDir::toNativeSeparators(path))));
            } else {
                result->userVersion = q.value(0).toInt();
                QSqlQuery a(db);
                if (a.exec(QStringLiteral("PRAGMA application_id")) && a.next()) {
                    result->applicationId = a.value(0).toLongLong();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::openForWorker(const QString& path)
{
    Options options;
    options.createIfMissing = false;
    options.migrate = false;
    options.backupBeforeUpgrade = false;
    return open(path, options);
}

Result<std::unique_ptr<Database>> Database::openForWorker(const QString& path, const Actor& actor)
{
    auto db = openForWorker(path);
    if (db) {
        (*db)->setActor(actor);
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return open(kMemoryPath, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const QList<Migration>& steps = options.migrations ? *options.migrations : schemaMigrations();
    const bool fileBacked = path != kMemoryPath;
    if (fileBacked) {
        const QFileInfo info(path);
        if (info.exists()) {
            if (!info.isFile()) {
                return fail(Error::storage(tr("“%1” is not a file.").arg(QDir::toNativeSeparators(path))));
            }
            auto probe = probeFile(path);
            if (!probe) {
                return fail(probe.error());
            }
            const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
            if (probe->userVersion > 0 && probe->applicationId != kApplicationId) {
                return fail(Error::refused(
                    tr("“%1” is an SQLite database but not a MentorDesk studio.").arg(QDir::toNativeSeparators(path))));
            }
            if (probe->userVersion > latest) {
                return fail(
                    Error::refused(tr("“%1” was written by a newer MentorDesk (schema %2; this version knows up "
                                      "to %3). It was not opened or changed; please update MentorDesk.")
                                       .arg(QDir::toNativeSeparators(path))
                                       .arg(probe->userVersion)
                                       .arg(latest)));
            }
        } else if (!options.createIfMissing) {
            return fail(Error::notFound(tr("There is no studio file at “%1”.").arg(QDir::toNativeSeparators(path))));
        } else if (!QDir().mkpath(info.absolutePath())) {
            return fail(Error::storage(
                tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath()))));
        }
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            return fail(Error::storage(tr("Cannot open “%1”: %2").arg(path, db.lastError().text())));
        }
        // Why the raw handle: Statement drives SQLite's C API on this same connection (see Statement.h).
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
            !(database->m_handle = *static_cast<sqlite3* const*>(handle.constData()))) {
            return fail(Error::storage(tr("Cannot open “%1”: %2").arg(path, QStringLiteral("no SQLite handle"))));
        }
    }
    if (auto pragmas = database->applyPragmas(options.busyTimeoutMs, fileBacked); !pragmas) {
        return fail(pragmas.error());
    }
    if (options.migrate) {
        Migrator migrator(*database, steps);
        auto migrated = migrator.migrate(fileBacked && options.backupBeforeUpgrade);
        if (!migrated) {
            return fail(migrated.error());
        }
        database->m_lastBackup = migrator.backupPath();
    }
    if (auto device = database->loadDeviceId(); !device) {
        return fail(device.error());
    }
    database->loadInitialActor();
    return database;
}

Result<void> Database::applyPragmas(int busyTimeoutMs, bool fileBacked)
{
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
                           QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)};
    if (fileBacked) {
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
        // Why 64 MB (SQLite's default is 2 MB): a monthly billing run over a design-scale studio touches more
        // pages than 2 MB hold, so SQLite spilled dirty pages to the WAL mid-transaction and re-read evicted
        // ones; a third of a committing run went to those reads and writes. Pages are allocated as needed.
        pragmas.append(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    for (const QString& pragma : pragmas) {
        if (auto ok = exec(pragma); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> Database::loadDeviceId()
{
    QSqlQuery hasMeta(connection());
    if (!hasMeta.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) ||
        !hasMeta.next()) {
        m_deviceId = newId();
        return {};
    }
    hasMeta.finish();
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'")) && q.next()) {
        m_deviceId = q.value(0).toString();
        return {};
    }
    m_deviceId = newId();
    QSqlQuery insert(connection());
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_id', ?)"));
    insert.addBindValue(m_deviceId);
    if (!insert.exec()) {
        return fail(Error::storage(tr("Cannot record this device in the studio: %1").arg(insert.lastError().text())));
    }
    return {};
}

void Database::loadInitialActor()
{
    m_actor = Actor::localOwner();
    QSqlQuery hasMeta(connection());
    if (!hasMeta.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) ||
        !hasMeta.next()) {
        return;
    }
    hasMeta.finish();
    QSqlQuery login(connection());
    if (login.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'security.login' AND value = '1'")) && login.next()) {
        m_actor = Actor::nobody();
    }
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        return fail(Error::storage(
            tr("The studio database reported an error: %1 (in: %2)").arg(q.lastError().text(), sql.left(200))));
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd()) {
        return Statement(it.value());
    }
    auto prepared = PreparedStatement::compile(m_handle, sql);
    if (!prepared) {
        return fail(Error::storage(tr("The studio database could not prepare a query: %1 (in: %2)")
                                       .arg(prepared.error().message, sql.left(200))));
    }
    m_statements.insert(sql, *prepared);
    return Statement(*prepared);
}

} // namespace mentordesk
