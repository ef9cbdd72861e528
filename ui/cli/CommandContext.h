// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace mentordesk {
class Clock;
class Database;
} // namespace mentordesk

namespace mentordesk::cli {

/// Exit codes of DESIGN.md.
enum ExitCode
{
    kExitOk = 0,
    kExitInvalid = 1,
    kExitUsage = 2,
    kExitStorage = 3,
};

/// What a command handler gets: its parsed options, the studio, the clock and the output streams.
/// Handlers build JSON values and hand them to emit…(); the context prints them as text or JSON.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const CommandSpec& spec, QTextStream& out, QTextStream& err, QTextStream& in, bool json,
                   const Clock& clock);
    ~CommandContext();

    [[nodiscard]] const CommandSpec& spec() const { return m_spec; }
    [[nodiscard]] bool json() const { return m_json; }
    [[nodiscard]] Database& db() const { return *m_db; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] QTextStream& err() { return m_err; }
    [[nodiscard]] QTextStream& in() { return m_in; }

    void setDatabase(std::unique_ptr<Database> db);
    /// The account the command runs as: the logged-in --user, or the local owner when the studio has
    /// no login.
    [[nodiscard]] const Actor& actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    /// The studio file the command works on (--db, $MENTORDESK_DB or the default), opened or not.
    [[nodiscard]] const QString& studioPath() const { return m_studioPath; }
    void setStudioPath(QString path) { m_studioPath = std::move(path); }
    void setValues(QHash<QString, QString> values, QStringList flags, QStringList positionals);

    [[nodiscard]] bool has(const QString& option) const;
    [[nodiscard]] QString value(const QString& option, const QString& fallback = {}) const;
    [[nodiscard]] const QStringList& positionals() const { return m_positionals; }
    /// All values given for a repeatable option (`--goal a --goal b`, or `--goal a,b`).
    [[nodiscard]] QStringList values(const QString& option) const;
    /// All values given for a repeatable option, as typed (not split on commas; for JSON values).
    [[nodiscard]] QStringList rawValues(const QString& option) const { return m_multi.value(option); }

    /// Option parsed as an integer in [min, max]; `fallback` when absent.
    [[nodiscard]] Result<qint64> integer(const QString& option, qint64 min, qint64 max, qint64 fallback) const;
    /// Option parsed as YYYY-MM-DD; invalid date when absent.
    [[nodiscard]] Result<QDate> date(const QString& option) const;

    /// Prints one record: "key: value" lines, or a JSON object.
    int emitObject(const QJsonObject& object);
    /// Prints a list as an aligned table of `columns`, or as a JSON array (with `total` when paging).
    int emitList(const QJsonArray& rows, const QStringList& columns, qint64 total = -1);
    /// Prints a short confirmation ("Created learner …"), or the object in JSON mode.
    int emitDone(const QString& message, const QJsonObject& object = {});
    /// Reports a failure on stderr (or as JSON on stdout) and returns its exit code.
    int failWith(const Error& error);
    /// Reports a usage error and returns 2.
    int usageError(const QString& message);

private:
    Actor m_actor = Actor::localOwner();
    const CommandSpec& m_spec;
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    bool m_json = false;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    QString m_studioPath;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_multi;
    QStringList m_flags;
    QStringList m_positionals;
};

} // namespace mentordesk::cli
