// SPDX-License-Identifier: GPL-3.0-or-later
// `recommend courses`, `recommend mentors`: the studio recommender (RecommenderService).
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "RecommendCommandSupport.h"
#include "matcher/ReasonText.h"
#include "matcher/RecommenderService.h"

#include <cmath>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecommendCommands)
};

using S = RecommendCommandSupport;

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject courseJson(const CourseSuggestion& s, int rank, bool explain)
{
    const CourseFactors& f = s.factors;
    QJsonObject o{{QStringLiteral("rank"), rank},
                  {QStringLiteral("course_id"), s.courseId},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("score"), rounded(s.score)},
                  {QStringLiteral("cf_used"), f.cfUsed},
                  {QStringLiteral("needed_minutes"), f.neededMinutes},
                  {QStringLiteral("factors"), QJsonObject{{QStringLiteral("goal"), rounded(f.goal)},
                                                          {QStringLiteral("level"), rounded(f.level)},
                                                          {QStringLiteral("time"), rounded(f.time)},
                                                          {QStringLiteral("content"), rounded(f.content)},
                                                          {QStringLiteral("quality"), rounded(f.quality)},
                                                          {QStringLiteral("cf"), rounded(f.cf)},
                                                          {QStringLiteral("popularity"), rounded(f.popularity)}}}};
    if (f.cfUsed) {
        o.insert(QStringLiteral("predicted_rating"), std::round(f.predictedRating * 100.0) / 100.0);
    }
    if (explain) {
        o.insert(QStringLiteral("reasons"), S::reasonsJson(s.explanation.reasons));
        o.insert(QStringLiteral("caveats"), S::reasonsJson(s.explanation.caveats));
        o.insert(QStringLiteral("contributions"), S::contributionsJson(s.explanation.contributions));
        o.insert(QStringLiteral("reference"), rounded(s.explanation.reference));
    }
    return o;
}

QString modelLine(const ModelUse& m)
{
    if (!m.used) {
        return Tr::tr("collaborative filter: no model yet (no course ratings); content, quality and popularity only");
    }
    if (m.trainedNow) {
        return Tr::tr("collaborative filter: trained just now on %n rating(s)", nullptr, m.ratings);
    }
    return m.freshness == ModelFreshness::Stale
               ? Tr::tr("collaborative filter: stored model trained on %n rating(s), stale (run “recommender train”)",
                        nullptr, m.ratings)
               : Tr::tr("collaborative filter: stored model trained on %n rating(s)", nullptr, m.ratings);
}

int runCourses(CommandContext& ctx)
{
    auto k = ctx.integer(QStringLiteral("k"), 1, 100, 10);
    if (!k) {
        return ctx.failWith(k.error());
    }
    RecommenderSettings settings;
    if (ctx.has(QStringLiteral("weights"))) {
        auto weights = BlendWeights::parse(ctx.value(QStringLiteral("weights")));
        if (!weights) {
            return ctx.failWith(weights.error());
        }
        settings.courses.weights = *weights;
    }
    const bool explain = ctx.has(QStringLiteral("explain"));
    RecommenderService service(ctx.db(), ctx.clock(), settings);
    auto r = service.recommendCourses(ctx.value(QStringLiteral("learner")), static_cast<int>(*k), explain);
    if (!r) {
        return ctx.failWith(r.error());
    }
    if (ctx.json()) {
        QJsonArray items;
        for (qsizetype i = 0; i < r->items.size(); ++i) {
            items.append(courseJson(r->items[i], static_cast<int>(i + 1), explain));
        }
        const BlendWeights& w = r->weights;
        return ctx.emitObject(
            {{QStringLiteral("learner"), S::learnerJson(r->learner, r->topicNames)},
             {QStringLiteral("model"), QJsonObject{{QStringLiteral("state"), S::freshnessKey(r->model.freshness)},
                                                   {QStringLiteral("used"), r->model.used},
                                                   {QStringLiteral("trained_now"), r->model.trainedNow},
                                                   {QStringLiteral("ratings"), r->model.ratings}}},
             {QStringLiteral("weights"), QJsonObject{{QStringLiteral("content"), rounded(w.content)},
                                                     {QStringLiteral("quality"), rounded(w.quality)},
                                                     {QStringLiteral("cf"), rounded(w.cf)},
                                                     {QStringLiteral("popularity"), rounded(w.popularity)}}},
             {QStringLiteral("candidates"), r->candidates},
             {QStringLiteral("items"), items}});
    }
    ctx.out() << Tr::tr("Courses for %1").arg(S::learnerLine(r->learner, r->topicNames)) << u'\n' << modelLine(r->model)
              << u'\n';
    if (r->items.isEmpty()) {
        ctx.out() << Tr::tr("No course to suggest: every active course is taken.") << u'\n';
        return kExitOk;
    }
    if (explain) {
        for (qsizetype i = 0; i < r->items.size(); ++i) {
            const CourseSuggestion& s = r->items[i];
            ctx.out() << Tr::tr("%1. %2 (score %3, %4)")
                             .arg(i + 1)
                             .arg(s.title, QString::number(s.score, 'f', 3), ReasonText::hours(s.factors.neededMinutes))
                      << u'\n';
            S::printReasons(ctx, s.explanation);
        }
        return kExitOk;
    }
    QJsonArray rows;
    for (qsizetype i = 0; i < r->items.size(); ++i) {
        const CourseSuggestion& s = r->items[i];
        rows.append(QJsonObject{{QStringLiteral("rank"), static_cast<int>(i + 1)},
                                {QStringLiteral("course"), s.title},
                                {QStringLiteral("score"), QString::number(s.score, 'f', 3)},
                                {QStringLiteral("hours"), ReasonText::hours(s.factors.neededMinutes)},
                                {QStringLiteral("id"), s.courseId}});
    }
    return ctx.emitList(rows, {QStringLiteral("rank"), QStringLiteral("course"), QStringLiteral("score"),
                               QStringLiteral("hours"), QStringLiteral("id")});
}

int runMentors(CommandContext& ctx)
{
    const bool byLearner = ctx.has(QStringLiteral("learner"));
    if (byLearner == ctx.has(QStringLiteral("goals"))) {
        return ctx.usageError(Tr::tr("give either --learner or --goals (with --level and --weekly-hours)"));
    }
    if (!byLearner && !ctx.has(QStringLiteral("weekly-hours"))) {
        return ctx.usageError(Tr::tr("--goals needs --weekly-hours"));
    }
    auto k = ctx.integer(QStringLiteral("k"), 1, 100, 10);
    if (!k) {
        return ctx.failWith(k.error());
    }
    RecommenderService service(ctx.db(), ctx.clock());
    Result<MentorRecommendations> r;
    if (byLearner) {
        r = service.recommendMentors(ctx.value(QStringLiteral("learner")), static_cast<int>(*k));
    } else {
        auto enquiry = S::enquiry(ctx);
        if (!enquiry) {
            return ctx.failWith(enquiry.error());
        }
        r = service.recommendMentors(*enquiry, static_cast<int>(*k));
    }
    if (!r) {
        return ctx.failWith(r.error());
    }
    if (ctx.json()) {
        QJsonArray items;
        for (qsizetype i = 0; i < r->items.size(); ++i) {
            const MentorSuggestion& m = r->items[i];
            const MentorFactors& f = m.factors;
            items.append(
                QJsonObject{{QStringLiteral("rank"), static_cast<int>(i + 1)},
                            {QStringLiteral("mentor_id"), m.mentorId},
                            {QStringLiteral("name"), m.name},
                            {QStringLiteral("score"), rounded(m.score)},
                            {QStringLiteral("factors"), QJsonObject{{QStringLiteral("expertise"), rounded(f.expertise)},
                                                                    {QStringLiteral("ability"), rounded(f.ability)},
                                                                    {QStringLiteral("free_time"), rounded(f.freeTime)},
                                                                    {QStringLiteral("load"), rounded(f.load)}}},
                            {QStringLiteral("skill"), rounded(f.skill)},
                            {QStringLiteral("coaching_rating"), rounded(f.coachingRating)},
                            {QStringLiteral("free_minutes_per_week"), f.freeMinutesPerWeek},
                            {QStringLiteral("booked_percent"), f.bookedPercent},
                            {QStringLiteral("active_learners"), m.activeLearners},
                            {QStringLiteral("reasons"), S::reasonsJson(m.explanation.reasons)},
                            {QStringLiteral("caveats"), S::reasonsJson(m.explanation.caveats)},
                            {QStringLiteral("contributions"), S::contributionsJson(m.explanation.contributions)},
                            {QStringLiteral("reference"), rounded(m.explanation.reference)}});
        }
        return ctx.emitObject({{QStringLiteral("learner"), S::learnerJson(r->learner, r->topicNames)},
                               {QStringLiteral("from"), r->from.toString(Qt::ISODate)},
                               {QStringLiteral("horizon_weeks"), r->horizonWeeks},
                               {QStringLiteral("items"), items}});
    }
    ctx.out() << Tr::tr("Mentors for %1").arg(S::learnerLine(r->learner, r->topicNames)) << u'\n'
              << Tr::tr("free time counted over %n week(s) from %1", nullptr, r->horizonWeeks)
                     .arg(r->from.toString(Qt::ISODate))
              << u'\n';
    if (r->items.isEmpty()) {
        ctx.out() << Tr::tr("No mentor teaches in this studio yet.") << u'\n';
    }
    for (qsizetype i = 0; i < r->items.size(); ++i) {
        const MentorSuggestion& m = r->items[i];
        ctx.out() << Tr::tr("%1. %2 (score %3, %4 free a week, %5 % booked, %n active learner(s))", nullptr,
                            m.activeLearners)
                         .arg(i + 1)
                         .arg(m.name, QString::number(m.score, 'f', 3), ReasonText::hours(m.factors.freeMinutesPerWeek))
                         .arg(m.factors.bookedPercent)
                  << u'\n';
        S::printReasons(ctx, m.explanation);
    }
    return kExitOk;
}

} // namespace

void registerRecommendCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("recommend");
    registry.add({noun,
                  QStringLiteral("courses"),
                  Tr::tr("Suggest courses for a learner: content fit, quality, collaborative filtering, popularity"),
                  {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("the learner"), true},
                   {QStringLiteral("k"), QStringLiteral("N"), Tr::tr("how many suggestions, 1–100 (default 10)")},
                   {QStringLiteral("explain"), QString(), Tr::tr("show the reasons for each suggestion")},
                   {QStringLiteral("weights"), QStringLiteral("LIST"),
                    Tr::tr("blend weights, e.g. content=0.4,quality=0.2,cf=0.2,popularity=0.2")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli recommend courses --learner ID --explain\n"
                                 "  mentordesk-cli --json recommend courses --learner ID --k 5 --weights cf=0.4"),
                  true,
                  false,
                  runCourses});
    registry.add(
        {noun,
         QStringLiteral("mentors"),
         Tr::tr("Rank the studio's mentors for a learner or a new enquiry"),
         {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("the learner")},
          {QStringLiteral("goals"), QStringLiteral("T1,T2"), Tr::tr("goal topics (ids or names) of an enquiry")},
          {QStringLiteral("level"), QStringLiteral("N"), Tr::tr("the enquiry's level, 1–5 (default 1)")},
          {QStringLiteral("weekly-hours"), QStringLiteral("H"), Tr::tr("the enquiry's weekly hours")},
          {QStringLiteral("k"), QStringLiteral("N"), Tr::tr("how many mentors, 1–100 (default 10)")}},
         QString(),
         QStringLiteral("  mentordesk-cli recommend mentors --learner ID\n"
                        "  mentordesk-cli recommend mentors --goals SQL,\"Python basics\" --level 2 "
                        "--weekly-hours 2"),
         true,
         false,
         runMentors});
}

} // namespace mentordesk::cli
