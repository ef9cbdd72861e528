// SPDX-License-Identifier: GPL-3.0-or-later
// `demo`: create a demo studio file.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <limits>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)
};

int runDemo(CommandContext& ctx)
{
    const QString scale = ctx.value(QStringLiteral("scale"), QStringLiteral("small"));
    DemoOptions options;
    if (scale == QStringLiteral("design")) {
        options = DemoOptions::designScale();
    } else if (scale != QStringLiteral("small")) {
        return ctx.failWith(Error::invalid(QStringLiteral("scale"),
                                           Tr::tr("--scale must be “small” or “design”, not “%1”.").arg(scale)));
    }
    auto seed = ctx.integer(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 1);
    auto mentors = ctx.integer(QStringLiteral("mentors"), 1, 100, options.mentors);
    auto learners = ctx.integer(QStringLiteral("learners"), 0, 100000, options.learners);
    auto courses = ctx.integer(QStringLiteral("courses"), 1, 2000, options.courses);
    auto years = ctx.integer(QStringLiteral("years"), 1, 20, options.years);
    auto today = ctx.date(QStringLiteral("today"));
    for (const auto* r : {&seed, &mentors, &learners, &courses, &years}) {
        if (!*r) {
            return ctx.failWith(r->error());
        }
    }
    if (!today) {
        return ctx.failWith(today.error());
    }
    options.seed = static_cast<quint64>(*seed);
    options.mentors = static_cast<int>(*mentors);
    options.learners = static_cast<int>(*learners);
    options.courses = static_cast<int>(*courses);
    options.years = static_cast<int>(*years);
    options.today = *today;

    QElapsedTimer timer;
    timer.start();
    int lastShown = -10;
    const bool quiet = ctx.json() || ctx.has(QStringLiteral("quiet"));
    auto summary = DemoGenerator::createFile(ctx.studioPath(), ctx.clock(), options, [&](int percent) {
        if (!quiet && percent >= lastShown + 10) {
            ctx.err() << Tr::tr("generating… %1 %").arg(percent) << u'\n';
            ctx.err().flush();
            lastShown = percent;
        }
        return true;
    });
    if (!summary) {
        return ctx.failWith(summary.error());
    }
    QJsonArray loginRows;
    if (ctx.has(QStringLiteral("with-login"))) {
        auto db = Database::open(ctx.studioPath());
        if (!db) {
            return ctx.failWith(db.error());
        }
        auto logins = DemoAccounts::create(**db, ctx.clock());
        if (!logins) {
            return ctx.failWith(logins.error());
        }
        for (const DemoLogin& l : *logins) {
            loginRows.append(QJsonObject{{QStringLiteral("username"), l.username},
                                         {QStringLiteral("password"), l.password},
                                         {QStringLiteral("role"), l.role}});
            if (!ctx.json()) {
                ctx.err() << Tr::tr("login: %1 / %2 (%3)").arg(l.username, l.password, l.role) << u'\n';
            }
        }
    }
    QJsonObject object{{QStringLiteral("path"), ctx.studioPath()},
                       {QStringLiteral("mentors"), summary->mentors},
                       {QStringLiteral("payers"), summary->payers},
                       {QStringLiteral("learners"), summary->learners},
                       {QStringLiteral("topics"), summary->topics},
                       {QStringLiteral("courses"), summary->courses},
                       {QStringLiteral("enrollments"), summary->enrollments},
                       {QStringLiteral("lessons"), summary->lessons},
                       {QStringLiteral("ratings"), summary->ratings},
                       {QStringLiteral("assessments"), summary->assessments},
                       {QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0}};
    if (!loginRows.isEmpty()) {
        object.insert(QStringLiteral("logins"), loginRows);
    }
    return ctx.emitDone(
        Tr::tr("Created the demo studio %1: %2 mentors, %3 learners, %4 courses, %5 lessons, %6 ratings.")
            .arg(QDir::toNativeSeparators(ctx.studioPath()))
            .arg(summary->mentors)
            .arg(summary->learners)
            .arg(summary->courses)
            .arg(summary->lessons)
            .arg(summary->ratings),
        object);
}

} // namespace

void registerDemoCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("demo"),
         QString(),
         Tr::tr("Create a demo studio in a new file (deterministic for a given seed)"),
         {{QStringLiteral("scale"), QStringLiteral("small|design"),
           Tr::tr("small (3 mentors, 40 learners, 25 courses, 1 year; default) or design (15 mentors, 2,000 "
                  "learners, 200 courses, 10 years)")},
          {QStringLiteral("seed"), QStringLiteral("N"), Tr::tr("random seed (default 1)")},
          {QStringLiteral("mentors"), QStringLiteral("N"), Tr::tr("number of mentors")},
          {QStringLiteral("learners"), QStringLiteral("N"), Tr::tr("number of learners")},
          {QStringLiteral("courses"), QStringLiteral("N"), Tr::tr("number of courses")},
          {QStringLiteral("years"), QStringLiteral("N"), Tr::tr("years of lesson history")},
          {QStringLiteral("today"), QStringLiteral("YYYY-MM-DD"), Tr::tr("the demo's “today” (default: today)")},
          {QStringLiteral("quiet"), QString(), Tr::tr("no progress output")},
          {QStringLiteral("with-login"), QString(),
           Tr::tr("turn the login on with documented accounts: owner, mentor1, mentor2, desk (see docs/security.md)")}},
         QString(),
         QStringLiteral("  mentordesk-cli --db demo.mentordesk demo\n"
                        "  mentordesk-cli --db big.mentordesk demo --scale design --seed 7\n"
                        "  mentordesk-cli --db shared.mentordesk demo --with-login"),
         false,
         false,
         runDemo});
}

} // namespace mentordesk::cli
