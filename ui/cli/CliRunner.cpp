// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "CliLogin.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/StudioLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

void printOverview(QTextStream& out, const CommandRegistry& registry)
{
    out << Tr::tr("Usage: mentordesk-cli [--db FILE] [--json] <noun> <verb> [options]") << QStringLiteral("\n\n");
    out << Tr::tr("Commands:") << u'\n';
    for (const CommandSpec& spec : registry.commands()) {
        const QString name = spec.verb.isEmpty() ? spec.noun : spec.noun + u' ' + spec.verb;
        out << QStringLiteral("  ") << name.leftJustified(26) << u' ' << spec.summary << u'\n';
    }
    out << u'\n'
        << Tr::tr("Global options:\n"
                  "  --db FILE   studio database (default: $MENTORDESK_DB, then "
                  "~/.local/share/mentordesk/studio.mentordesk)\n"
                  "  --json      machine-readable output (errors too) on stdout\n"
                  "  --user NAME log in as NAME when the studio asks for a login (password from\n"
                  "              $MENTORDESK_PASSWORD or the first line of stdin)\n"
                  "  --help      help for any command, e.g. mentordesk-cli learner add --help\n"
                  "Exit codes: 0 success, 1 invalid input or refused, 2 usage error, 3 storage/IO failure.")
        << u'\n';
}

void printNounHelp(QTextStream& out, const CommandRegistry& registry, const QString& noun)
{
    out << Tr::tr("Usage: mentordesk-cli %1 <verb> [options]").arg(noun) << QStringLiteral("\n\n");
    for (const CommandSpec& spec : registry.commands()) {
        if (spec.noun == noun) {
            out << QStringLiteral("  ") << QString(noun + u' ' + spec.verb).leftJustified(26) << u' ' << spec.summary
                << u'\n';
        }
    }
}

void printCommandHelp(QTextStream& out, const CommandSpec& spec)
{
    QString usage =
        QStringLiteral("mentordesk-cli ") + spec.noun + (spec.verb.isEmpty() ? QString() : u' ' + spec.verb);
    for (const OptionSpec& o : spec.options) {
        QString part = u"--" + o.name + (o.valueName.isEmpty() ? QString() : u' ' + o.valueName);
        usage += u' ' + (o.required ? part : u'[' + part + u']');
    }
    if (!spec.positionalName.isEmpty()) {
        usage += u' ' + spec.positionalName;
    }
    out << Tr::tr("Usage: %1").arg(usage) << QStringLiteral("\n\n") << spec.summary << u'\n';
    if (!spec.options.isEmpty()) {
        out << u'\n' << Tr::tr("Options:") << u'\n';
        for (const OptionSpec& o : spec.options) {
            const QString name = u"--" + o.name + (o.valueName.isEmpty() ? QString() : u' ' + o.valueName);
            out << QStringLiteral("  ") << name.leftJustified(26) << u' ' << o.description
                << (o.required ? Tr::tr(" (required)") : QString()) << u'\n';
        }
    }
    if (!spec.examples.isEmpty()) {
        out << u'\n' << Tr::tr("Examples:") << u'\n' << spec.examples << u'\n';
    }
}

const OptionSpec* findOption(const CommandSpec& spec, const QString& name)
{
    for (const OptionSpec& o : spec.options) {
        if (o.name == name) {
            return &o;
        }
    }
    return nullptr;
}

} // namespace

bool commandNeedsGui(const QStringList& arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--db") {
            ++i;
        } else if (!arguments[i].startsWith(u"--")) {
            rest.append(arguments.mid(i));
            break;
        }
    }
    if (rest.isEmpty()) {
        return false;
    }
    const QString noun = rest.takeFirst();
    int consumed = 0;
    const CommandSpec* spec = CommandRegistry::builtIn().find(noun, rest, consumed);
    return spec && spec->needsGui;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, QTextStream& in,
           const QProcessEnvironment& env)
{
    const CommandRegistry& registry = CommandRegistry::builtIn();
    QString dbPath;
    QString user;
    bool json = false;
    bool help = false;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--json") {
            json = true;
        } else if (a == u"--help" || a == u"-h") {
            help = true;
        } else if (a == u"--version") {
            out << QStringLiteral("mentordesk-cli " MENTORDESK_VERSION) << u'\n';
            return kExitOk;
        } else if (a == u"--db") {
            if (i + 1 >= arguments.size()) {
                err << Tr::tr("usage error: --db needs a file name") << u'\n';
                return kExitUsage;
            }
            dbPath = arguments[++i];
        } else if (a.startsWith(u"--db=")) {
            dbPath = a.mid(5);
        } else if (a == u"--user") {
            if (i + 1 >= arguments.size()) {
                err << Tr::tr("usage error: --user needs an account name") << u'\n';
                return kExitUsage;
            }
            user = arguments[++i];
        } else {
            rest.append(a);
        }
    }
    if (rest.isEmpty()) {
        printOverview(help ? out : err, registry);
        return help ? kExitOk : kExitUsage;
    }
    const QString noun = rest.takeFirst();
    int consumed = 0;
    const CommandSpec* spec = registry.find(noun, rest, consumed);
    if (!spec) {
        if (registry.nouns().contains(noun)) {
            printNounHelp(help ? out : err, registry, noun);
            if (!help && !rest.isEmpty()) {
                err << Tr::tr("usage error: unknown command “%1 %2”").arg(noun, rest.first()) << u'\n';
            }
            return help ? kExitOk : kExitUsage;
        }
        err << Tr::tr("usage error: unknown command “%1”; run mentordesk-cli --help").arg(noun) << u'\n';
        return kExitUsage;
    }
    rest = rest.mid(consumed);
    if (help) {
        printCommandHelp(out, *spec);
        return kExitOk;
    }

    const SystemClock systemClock;
    std::unique_ptr<FixedClock> pinned;
    if (const QString now = env.value(QStringLiteral("MENTORDESK_NOW")); !now.isEmpty()) {
        const QDateTime t = QDateTime::fromString(now, Qt::ISODate);
        if (!t.isValid()) {
            err << Tr::tr("usage error: MENTORDESK_NOW must be an ISO-8601 time such as 2026-01-15T10:00:00Z") << u'\n';
            return kExitUsage;
        }
        pinned = std::make_unique<FixedClock>(t);
    }
    const Clock& clock = pinned ? static_cast<const Clock&>(*pinned) : systemClock;
    CommandContext ctx(*spec, out, err, in, json, clock);

    QHash<QString, QString> values;
    QStringList flags;
    QStringList positionals;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString& a = rest[i];
        if (!a.startsWith(u"--") || a == u"--") {
            positionals.append(a);
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        const OptionSpec* option = findOption(*spec, name);
        if (!option) {
            return ctx.usageError(
                Tr::tr("unknown option --%1 for “%2 %3”; see --help").arg(name, spec->noun, spec->verb));
        }
        if (option->valueName.isEmpty()) {
            flags.append(name);
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= rest.size()) {
                return ctx.usageError(Tr::tr("--%1 needs a value (%2)").arg(name, option->valueName));
            }
            value = rest[++i];
        }
        values[name] = values.contains(name) ? values[name] + QChar(0x1f) + value : value;
    }
    for (const OptionSpec& o : spec->options) {
        if (o.required && !values.contains(o.name)) {
            return ctx.usageError(Tr::tr("--%1 is required for “%2 %3”").arg(o.name, spec->noun, spec->verb));
        }
    }
    if (spec->positionalName.isEmpty() && !positionals.isEmpty()) {
        return ctx.usageError(Tr::tr("unexpected argument “%1”").arg(positionals.first()));
    }
    if (!spec->positionalName.isEmpty() && positionals.isEmpty()) {
        return ctx.usageError(Tr::tr("%1 is missing").arg(spec->positionalName));
    }
    ctx.setValues(std::move(values), std::move(flags), std::move(positionals));

    const QString path = resolveStudioPath(dbPath, env);
    ctx.setStudioPath(path);
    if (spec->needsStudio) {
        Database::Options options;
        options.createIfMissing = spec->createsStudio;
        auto db = Database::open(path, options);
        if (!db) {
            const Error e = db.error();
            return ctx.failWith(e.code == ErrorCode::NotFound
                                    ? Error::storage(Tr::tr("%1 Create one with “mentordesk-cli init” or "
                                                            "“mentordesk-cli demo”, or pass --db FILE.")
                                                         .arg(e.message))
                                    : e);
        }
        ctx.setDatabase(std::move(*db));
        if (auto ok = CliLogin::authenticate(ctx, user, env); !ok) {
            return ctx.failWith(ok.error());
        }
    }
    return spec->run(ctx);
}

} // namespace mentordesk::cli
