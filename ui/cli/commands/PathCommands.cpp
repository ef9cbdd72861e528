// SPDX-License-Identifier: GPL-3.0-or-later
// `path plan`: a learning path to a learner's (or an enquiry's) goals within a time budget.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "RecommendCommandSupport.h"
#include "matcher/ReasonText.h"
#include "matcher/RecommenderService.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathCommands)
};

using S = RecommendCommandSupport;

QJsonArray topicsJson(const QList<Id>& topics, const QHash<Id, QString>& names)
{
    QJsonArray a;
    for (const Id& t : topics) {
        a.append(QJsonObject{{QStringLiteral("topic_id"), t}, {QStringLiteral("topic"), names.value(t)}});
    }
    return a;
}

QStringList topicNames(const QList<Id>& topics, const QHash<Id, QString>& names)
{
    QStringList out;
    for (const Id& t : topics) {
        out << names.value(t, t);
    }
    return out;
}

int emitPlan(CommandContext& ctx, const LearningPath& path, int weeks, int weeklyMinutes)
{
    const PathPlan& p = path.plan;
    const QHash<Id, QString>& names = path.topicNames;
    if (ctx.json()) {
        QJsonArray courses;
        for (qsizetype i = 0; i < p.courses.size(); ++i) {
            const PlannedCourse& c = p.courses[i];
            courses.append(QJsonObject{{QStringLiteral("position"), static_cast<int>(i + 1)},
                                       {QStringLiteral("course_id"), c.courseId},
                                       {QStringLiteral("title"), c.title},
                                       {QStringLiteral("topics"), topicsJson(c.topics, names)},
                                       {QStringLiteral("minutes"), c.minutes},
                                       {QStringLiteral("start"), c.start.toString(Qt::ISODate)},
                                       {QStringLiteral("finish"), c.finish.toString(Qt::ISODate)},
                                       {QStringLiteral("prerequisites_met"), c.prerequisitesMet}});
        }
        QJsonArray goals;
        for (const GoalOutcome& g : p.goals) {
            goals.append(QJsonObject{{QStringLiteral("topic_id"), g.topicId},
                                     {QStringLiteral("topic"), names.value(g.topicId)},
                                     {QStringLiteral("achieved"), g.achieved},
                                     {QStringLiteral("known"), g.known},
                                     {QStringLiteral("needed_topics"), g.neededTopics},
                                     {QStringLiteral("covered_topics"), g.coveredTopics},
                                     {QStringLiteral("untaught_topics"), topicsJson(g.untaughtTopics, names)}});
        }
        return ctx.emitObject(
            {{QStringLiteral("learner"), S::learnerJson(path.learner, names)},
             {QStringLiteral("weeks"), weeks},
             {QStringLiteral("weekly_minutes"), weeklyMinutes},
             {QStringLiteral("budget_minutes"), p.budgetMinutes},
             {QStringLiteral("used_minutes"), p.usedMinutes},
             {QStringLiteral("exact"), p.exact},
             {QStringLiteral("value"), p.value},
             {QStringLiteral("upper_bound"), p.upperBound},
             {QStringLiteral("candidates"), p.candidates},
             {QStringLiteral("needed_topics"), p.neededTopics},
             {QStringLiteral("start"),
              p.courses.isEmpty() ? p.finish.toString(Qt::ISODate) : p.courses.first().start.toString(Qt::ISODate)},
             {QStringLiteral("finish"), p.finish.toString(Qt::ISODate)},
             {QStringLiteral("courses"), courses},
             {QStringLiteral("goals"), goals}});
    }
    int achieved = 0;
    for (const GoalOutcome& g : p.goals) {
        achieved += g.achieved ? 1 : 0;
    }
    ctx.out() << Tr::tr("Learning path for %1").arg(S::learnerLine(path.learner, names)) << u'\n'
              << Tr::tr("%1 of %2 goals reached; %3 of the %4 budget (%5 a week for %n week(s)); %6", nullptr, weeks)
                     .arg(achieved)
                     .arg(p.goals.size())
                     .arg(ReasonText::hours(p.usedMinutes), ReasonText::hours(p.budgetMinutes),
                          ReasonText::hours(weeklyMinutes),
                          p.exact ? Tr::tr("optimal") : Tr::tr("greedy (too many topics for the exact search)"))
              << u'\n';
    QJsonArray rows;
    for (qsizetype i = 0; i < p.courses.size(); ++i) {
        const PlannedCourse& c = p.courses[i];
        rows.append(QJsonObject{{QStringLiteral("#"), static_cast<int>(i + 1)},
                                {QStringLiteral("course"), c.title},
                                {QStringLiteral("topics"), topicNames(c.topics, names).join(QStringLiteral(", "))},
                                {QStringLiteral("hours"), ReasonText::hours(c.minutes)},
                                {QStringLiteral("start"), c.start.toString(Qt::ISODate)},
                                {QStringLiteral("finish"), c.finish.toString(Qt::ISODate)}});
    }
    if (!rows.isEmpty()) {
        ctx.emitList(rows, {QStringLiteral("#"), QStringLiteral("course"), QStringLiteral("topics"),
                            QStringLiteral("hours"), QStringLiteral("start"), QStringLiteral("finish")});
    }
    for (const GoalOutcome& g : p.goals) {
        const QString name = names.value(g.topicId, g.topicId);
        QString line;
        if (g.known) {
            line = Tr::tr("%1: already known or in progress").arg(name);
        } else if (g.achieved) {
            line = Tr::tr("%1: reached").arg(name);
        } else if (!g.untaughtTopics.isEmpty()) {
            line = Tr::tr("%1: out of reach, no course fitting the budget teaches %2")
                       .arg(name, topicNames(g.untaughtTopics, names).join(QStringLiteral(", ")));
        } else {
            line = Tr::tr("%1: not reached (%2 of %3 topics)").arg(name).arg(g.coveredTopics).arg(g.neededTopics);
        }
        ctx.out() << QStringLiteral("  ") << line << u'\n';
    }
    return kExitOk;
}

int runPlan(CommandContext& ctx)
{
    const bool byLearner = ctx.has(QStringLiteral("learner"));
    if (byLearner == ctx.has(QStringLiteral("goals"))) {
        return ctx.usageError(Tr::tr("give either --learner or --goals (with --weekly-hours)"));
    }
    if (!byLearner && !ctx.has(QStringLiteral("weekly-hours"))) {
        return ctx.usageError(Tr::tr("--goals needs --weekly-hours"));
    }
    auto weeks = ctx.integer(QStringLiteral("weeks"), 1, 520, 0);
    if (!weeks) {
        return ctx.failWith(weeks.error());
    }
    auto start = ctx.date(QStringLiteral("start"));
    if (!start) {
        return ctx.failWith(start.error());
    }
    RecommenderService service(ctx.db(), ctx.clock());
    Result<LearningPath> path;
    int weekly = 0;
    if (byLearner) {
        auto minutes = S::weeklyMinutes(ctx);
        if (!minutes) {
            return ctx.failWith(minutes.error());
        }
        path = service.planPath(ctx.value(QStringLiteral("learner")), static_cast<int>(*weeks), *minutes, *start);
        weekly = *minutes;
    } else {
        auto enquiry = S::enquiry(ctx);
        if (!enquiry) {
            return ctx.failWith(enquiry.error());
        }
        path = service.planPath(*enquiry, static_cast<int>(*weeks), *start);
        weekly = enquiry->weeklyMinutes;
    }
    if (!path) {
        return ctx.failWith(path.error());
    }
    return emitPlan(ctx, *path, static_cast<int>(*weeks), weekly > 0 ? weekly : path->learner.weeklyMinutes);
}

} // namespace

void registerPathCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("path"),
         QStringLiteral("plan"),
         Tr::tr("Plan the courses that reach a learner's goals within weekly hours × weeks"),
         {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("the learner (goals, level, known topics)")},
          {QStringLiteral("goals"), QStringLiteral("T1,T2"), Tr::tr("goal topics (ids or names) of an enquiry")},
          {QStringLiteral("level"), QStringLiteral("N"), Tr::tr("the enquiry's level, 1–5 (default 1)")},
          {QStringLiteral("weeks"), QStringLiteral("N"), Tr::tr("weeks of study, 1–520"), true},
          {QStringLiteral("weekly-hours"), QStringLiteral("H"),
           Tr::tr("hours a week (default: the learner's weekly time)")},
          {QStringLiteral("start"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first day (default today)")}},
         QString(),
         QStringLiteral("  mentordesk-cli path plan --learner ID --weeks 26\n"
                        "  mentordesk-cli --json path plan --goals \"Machine learning\" --weekly-hours 4 "
                        "--weeks 52"),
         true,
         false,
         runPlan});
}

} // namespace mentordesk::cli
