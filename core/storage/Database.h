// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Migration.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace mentordesk {

class PreparedStatement;
class Statement;

/// One open studio database: a QSQLITE connection owned by the thread that opened it.
/// Opening applies the pragmas (foreign keys, WAL, synchronous FULL, busy timeout) and
/// runs the migrations; a database newer than this build is refused without being touched.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        bool createIfMissing = true;     ///< Create the file when it does not exist.
        bool migrate = true;             ///< Bring the schema to the latest version.
        bool backupBeforeUpgrade = true; ///< Copy the file (VACUUM INTO) before upgrading an existing schema.
        int busyTimeoutMs = 5000;        ///< How long a write waits for another connection's lock.
        const QList<Migration>* migrations = nullptr; ///< Schema history; nullptr = schemaMigrations().
    };

    /// Opens (and creates/migrates) the studio file at `path`.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    /// A second connection to an existing, already migrated studio, for a worker thread (a connection
    /// belongs to the thread that opened it): never creates, migrates or backs up the file.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openForWorker(const QString& path);
    /// The same, acting as `actor` (the session's account, so a worker obeys the same permissions).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openForWorker(const QString& path, const Actor& actor);
    /// A private in-memory database with the latest schema (tests, dry runs).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The file path (":memory:" for in-memory databases).
    [[nodiscard]] const QString& path() const { return m_path; }
    /// This device's id, written to `updated_by` of every row this connection changes.
    [[nodiscard]] const QString& deviceId() const { return m_deviceId; }
    /// Current `PRAGMA user_version`.
    [[nodiscard]] int schemaVersion() const;
    /// Path of the backup made before the last upgrade (empty when none was made).
    [[nodiscard]] const QString& lastUpgradeBackup() const { return m_lastBackup; }

    /// A cached prepared statement for `sql` (forward-only). Do not hold two Statements of the same SQL at once.
    [[nodiscard]] Result<Statement> prepare(const QString& sql);
    /// Runs one SQL statement without parameters.
    [[nodiscard]] Result<void> exec(const QString& sql);

    /// The account every service call on this connection acts for (docs/security.md). On open it is
    /// Actor::localOwner() when the studio has no login, Actor::nobody() (everything refused) when it
    /// has one, until the caller logs someone in and sets the account here.
    [[nodiscard]] const Actor& actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }

    /// Raw access for repositories and the migration runner only.
    [[nodiscard]] QSqlDatabase connection() const;

private:
    friend class Transaction;
    explicit Database(QString connectionName, QString path);
    [[nodiscard]] Result<void> applyPragmas(int busyTimeoutMs, bool fileBacked);
    [[nodiscard]] Result<void> loadDeviceId();
    void loadInitialActor();

    QString m_connectionName;
    QString m_path;
    QString m_deviceId;
    QString m_lastBackup;
    Actor m_actor = Actor::localOwner();
    int m_transactionDepth = 0;
    sqlite3* m_handle = nullptr; ///< the connection's SQLite handle, for the statement cache
    QHash<QString, std::shared_ptr<PreparedStatement>> m_statements;
};

} // namespace mentordesk
