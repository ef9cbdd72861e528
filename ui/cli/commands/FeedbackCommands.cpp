// SPDX-License-Identifier: GPL-3.0-or-later
// `feedback add|list|assess|assessments|settings`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "common/Clock.h"
#include "feedback/FeedbackService.h"
#include "lessons/StudioTimeZone.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackCommands)
};

QJsonObject ratingJson(const Rating& r, const StudioTimeZone& zone)
{
    return {{QStringLiteral("id"), r.meta.id},
            {QStringLiteral("learner_id"), r.learnerId},
            {QStringLiteral("target"), ratingTargetToString(r.target)},
            {QStringLiteral("target_id"), r.targetId()},
            {QStringLiteral("stars"), r.stars},
            {QStringLiteral("comment"), r.comment},
            {QStringLiteral("rated_at"), zone.format(r.ratedAt)},
            {QStringLiteral("version"), r.meta.version}};
}

QJsonObject assessmentJson(const Assessment& a, const StudioTimeZone& zone)
{
    return {{QStringLiteral("id"), a.meta.id},
            {QStringLiteral("mentor_id"), a.mentorId},
            {QStringLiteral("learner_id"), a.learnerId},
            {QStringLiteral("topic_id"), a.topicId},
            {QStringLiteral("enrollment_id"), a.enrollmentId ? QJsonValue(*a.enrollmentId) : QJsonValue()},
            {QStringLiteral("mastery"), a.masteryPercent},
            {QStringLiteral("assessed_at"), zone.format(a.assessedAt)},
            {QStringLiteral("note"), a.note}};
}

int runAdd(CommandContext& ctx)
{
    const QList<std::pair<QString, RatingTarget>> targets = {{QStringLiteral("lesson"), RatingTarget::Lesson},
                                                             {QStringLiteral("mentor"), RatingTarget::Mentor},
                                                             {QStringLiteral("course"), RatingTarget::Course}};
    RatingInput in;
    int given = 0;
    for (const auto& [option, target] : targets) {
        if (ctx.has(option)) {
            ++given;
            in.target = target;
            in.targetId = ctx.value(option);
        }
    }
    if (given != 1) {
        return ctx.usageError(Tr::tr("give exactly one of --lesson, --mentor and --course"));
    }
    auto zone = StudioTimeZone::forStudio(ctx.db(), ctx.clock());
    auto stars = ctx.integer(QStringLiteral("stars"), 1, 5, 0);
    if (!zone || !stars) {
        return ctx.failWith(!zone ? zone.error() : stars.error());
    }
    in.learnerId = ctx.value(QStringLiteral("learner"));
    in.stars = static_cast<int>(*stars);
    in.comment = ctx.value(QStringLiteral("comment"));
    auto rated = FeedbackService(ctx.db(), ctx.clock()).rate(in);
    if (!rated) {
        return ctx.failWith(rated.error());
    }
    return ctx.emitDone(
        rated->meta.version > 1
            ? Tr::tr("Replaced the earlier rating %1 (%n star(s)).", "", rated->stars).arg(rated->meta.id)
            : Tr::tr("Saved rating %1 (%n star(s)).", "", rated->stars).arg(rated->meta.id),
        ratingJson(*rated, *zone));
}

int runList(CommandContext& ctx)
{
    auto zone = StudioTimeZone::forStudio(ctx.db(), ctx.clock());
    auto limit = ctx.integer(QStringLiteral("limit"), 1, 10000, 100);
    auto offset = ctx.integer(QStringLiteral("offset"), 0, 100000000, 0);
    if (!zone || !limit || !offset) {
        return ctx.failWith(!zone ? zone.error() : !limit ? limit.error() : offset.error());
    }
    RatingFilter filter;
    filter.learnerId = ctx.value(QStringLiteral("learner"));
    filter.courseId = ctx.value(QStringLiteral("course"));
    filter.mentorId = ctx.value(QStringLiteral("mentor"));
    filter.lessonId = ctx.value(QStringLiteral("lesson"));
    const PageRequest request{static_cast<int>(*offset), static_cast<int>(*limit)};
    FeedbackService service(ctx.db(), ctx.clock());
    Result<Page<Rating>> page;
    if (ctx.has(QStringLiteral("as-mentor"))) {
        auto view = service.ratingsSeenBy(ctx.value(QStringLiteral("as-mentor")), filter, request);
        if (!view) {
            return ctx.failWith(view.error());
        }
        page = std::move(view->ratings);
    } else {
        page = service.ratings(filter, request);
    }
    if (!page) {
        return ctx.failWith(page.error());
    }
    QJsonArray rows;
    for (const Rating& r : page->items) {
        rows.append(ratingJson(r, *zone));
    }
    return ctx.emitList(rows,
                        {QStringLiteral("rated_at"), QStringLiteral("learner_id"), QStringLiteral("target"),
                         QStringLiteral("target_id"), QStringLiteral("stars"), QStringLiteral("comment")},
                        page->total);
}

int runAssess(CommandContext& ctx)
{
    auto zone = StudioTimeZone::forStudio(ctx.db(), ctx.clock());
    auto mastery = ctx.integer(QStringLiteral("mastery"), 0, 100, 0);
    auto at = ctx.date(QStringLiteral("at"));
    if (!zone || !mastery || !at) {
        return ctx.failWith(!zone ? zone.error() : !mastery ? mastery.error() : at.error());
    }
    AssessmentInput in;
    in.mentorId = ctx.value(QStringLiteral("mentor"));
    in.learnerId = ctx.value(QStringLiteral("learner"));
    in.topicId = ctx.value(QStringLiteral("topic"));
    in.enrollmentId = ctx.value(QStringLiteral("enrollment"));
    in.masteryPercent = static_cast<int>(*mastery);
    in.note = ctx.value(QStringLiteral("note"));
    FeedbackService service(ctx.db(), ctx.clock());
    auto assessedAt = service.instantOfDay(*at, QStringLiteral("assessed_at"), QStringLiteral("--at"));
    if (!assessedAt) {
        return ctx.failWith(assessedAt.error());
    }
    in.assessedAt = *assessedAt;
    auto saved = service.assess(in);
    if (!saved) {
        return ctx.failWith(saved.error());
    }
    return ctx.emitDone(Tr::tr("Recorded assessment %1 (%2 % mastery).").arg(saved->meta.id).arg(saved->masteryPercent),
                        assessmentJson(*saved, *zone));
}

int runAssessments(CommandContext& ctx)
{
    auto zone = StudioTimeZone::forStudio(ctx.db(), ctx.clock());
    if (!zone) {
        return ctx.failWith(zone.error());
    }
    auto list = FeedbackService(ctx.db(), ctx.clock())
                    .assessments(ctx.value(QStringLiteral("learner")), ctx.value(QStringLiteral("topic")));
    if (!list) {
        return ctx.failWith(list.error());
    }
    QJsonArray rows;
    for (const Assessment& a : *list) {
        rows.append(assessmentJson(a, *zone));
    }
    return ctx.emitList(rows, {QStringLiteral("assessed_at"), QStringLiteral("topic_id"), QStringLiteral("mastery"),
                               QStringLiteral("mentor_id"), QStringLiteral("note")});
}

int runSettings(CommandContext& ctx)
{
    FeedbackService service(ctx.db(), ctx.clock());
    auto prefs = service.preferences();
    if (!prefs) {
        return ctx.failWith(prefs.error());
    }
    if (ctx.has(QStringLiteral("blind"))) {
        const QString v = ctx.value(QStringLiteral("blind")).trimmed().toLower();
        if (v != QStringLiteral("on") && v != QStringLiteral("off")) {
            return ctx.failWith(Error::invalid(QStringLiteral("blind"), Tr::tr("--blind must be “on” or “off”.")));
        }
        FeedbackPreferences p = *prefs;
        p.blindRatings = v == QStringLiteral("on");
        prefs = service.savePreferences(p);
        if (!prefs) {
            return ctx.failWith(prefs.error());
        }
    }
    return ctx.emitObject(
        {{QStringLiteral("blind_ratings"), prefs->blindRatings ? QStringLiteral("on") : QStringLiteral("off")}});
}

} // namespace

void registerFeedbackCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("feedback");
    registry.add({noun,
                  QStringLiteral("add"),
                  Tr::tr("Record a learner's rating of a lesson, mentor or course"),
                  {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("learner who rates"), true},
                   {QStringLiteral("lesson"), QStringLiteral("ID"), Tr::tr("rate this (attended) lesson")},
                   {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("rate this mentor")},
                   {QStringLiteral("course"), QStringLiteral("ID"), Tr::tr("rate this course")},
                   {QStringLiteral("stars"), QStringLiteral("1-5"), Tr::tr("the rating"), true},
                   {QStringLiteral("comment"), QStringLiteral("TEXT"), Tr::tr("comment, up to 2000 characters")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli feedback add --learner L --course C --stars 5 --comment \"great\""),
                  true,
                  false,
                  runAdd});
    registry.add({noun,
                  QStringLiteral("list"),
                  Tr::tr("List ratings, newest first"),
                  {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("ratings by this learner")},
                   {QStringLiteral("course"), QStringLiteral("ID"), Tr::tr("ratings of this course")},
                   {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("ratings of this mentor")},
                   {QStringLiteral("lesson"), QStringLiteral("ID"), Tr::tr("ratings of this lesson")},
                   {QStringLiteral("as-mentor"), QStringLiteral("ID"),
                    Tr::tr("only what this mentor may see (blind mode hides ratings until they assess)")},
                   {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("rows per page (default 100)")},
                   {QStringLiteral("offset"), QStringLiteral("N"), Tr::tr("rows to skip")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli feedback list --course C"),
                  true,
                  false,
                  runList});
    registry.add(
        {noun,
         QStringLiteral("assess"),
         Tr::tr("Record a mentor's assessment of a learner's mastery"),
         {{QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("assessing mentor"), true},
          {QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("assessed learner"), true},
          {QStringLiteral("topic"), QStringLiteral("ID"), Tr::tr("topic assessed"), true},
          {QStringLiteral("mastery"), QStringLiteral("0-100"), Tr::tr("mastery in percent"), true},
          {QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("the learner's enrollment it belongs to")},
          {QStringLiteral("note"), QStringLiteral("TEXT"), Tr::tr("note, up to 2000 characters")},
          {QStringLiteral("at"), QStringLiteral("YYYY-MM-DD"), Tr::tr("day of the assessment (default today)")}},
         QString(),
         QStringLiteral("  mentordesk-cli feedback assess --mentor M --learner L --topic T --mastery 70"),
         true,
         false,
         runAssess});
    registry.add({noun,
                  QStringLiteral("assessments"),
                  Tr::tr("List a learner's assessments, oldest first"),
                  {{QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("the learner"), true},
                   {QStringLiteral("topic"), QStringLiteral("ID"), Tr::tr("only this topic")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli feedback assessments --learner L --topic T"),
                  true,
                  false,
                  runAssessments});
    registry.add({noun,
                  QStringLiteral("settings"),
                  Tr::tr("Show or change the feedback settings (blind rating mode)"),
                  {{QStringLiteral("blind"), QStringLiteral("on|off"),
                    Tr::tr("blind mode: a mentor sees a rating only after assessing the learner")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli feedback settings --blind on"),
                  true,
                  false,
                  runSettings});
}

} // namespace mentordesk::cli
