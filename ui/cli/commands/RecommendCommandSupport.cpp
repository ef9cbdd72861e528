// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecommendCommandSupport.h"

#include "courses/DecimalText.h"
#include "matcher/ReasonText.h"

#include <cmath>

namespace mentordesk::cli {

namespace {

double rounded(double value, int decimals = 4)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QJsonObject RecommendCommandSupport::reasonJson(const MatchReason& r)
{
    QJsonObject o{{QStringLiteral("kind"), ReasonText::kindKey(r.kind)},
                  {QStringLiteral("factor"), ReasonText::factorKey(r.factor)},
                  {QStringLiteral("text"), ReasonText::text(r)},
                  {QStringLiteral("contribution"), rounded(r.contribution)}};
    const auto goal = [&o, &r] {
        o.insert(QStringLiteral("goal_id"), r.goalId);
        o.insert(QStringLiteral("goal"), r.goalName);
    };
    const auto topic = [&o, &r] {
        o.insert(QStringLiteral("topic_id"), r.topicId);
        o.insert(QStringLiteral("topic"), r.topicName);
    };
    switch (r.kind) {
    case ReasonKind::CoversGoal:
        goal();
        break;
    case ReasonKind::TeachesPrerequisite:
        goal();
        topic();
        o.insert(QStringLiteral("distance"), r.distance);
        break;
    case ReasonKind::UnrelatedToGoals:
        break;
    case ReasonKind::FitsLevel:
    case ReasonKind::AboveLevel:
    case ReasonKind::BelowLevel:
        o.insert(QStringLiteral("level"), r.level);
        o.insert(QStringLiteral("learner_level"), r.learnerLevel);
        break;
    case ReasonKind::FitsTime:
    case ReasonKind::TooLong:
        o.insert(QStringLiteral("minutes"), r.minutes);
        o.insert(QStringLiteral("weekly_minutes"), r.weeklyMinutes);
        o.insert(QStringLiteral("weeks"), r.weeks);
        break;
    case ReasonKind::WellRated:
    case ReasonKind::LowRated:
        o.insert(QStringLiteral("rating"), rounded(r.rating, 2));
        o.insert(QStringLiteral("count"), r.count);
        break;
    case ReasonKind::HighQuality:
    case ReasonKind::LowQuality:
        o.insert(QStringLiteral("quality"), r.quality);
        o.insert(QStringLiteral("practicality"), r.practicality);
        break;
    case ReasonKind::SimilarLearnersLiked:
    case ReasonKind::SimilarLearnersDisliked:
        o.insert(QStringLiteral("predicted"), rounded(r.predicted, 2));
        break;
    case ReasonKind::Popular:
    case ReasonKind::FewLearners:
        o.insert(QStringLiteral("learners"), r.learners);
        break;
    case ReasonKind::ExpertInGoal:
        goal();
        topic();
        o.insert(QStringLiteral("level"), r.level);
        o.insert(QStringLiteral("distance"), r.distance);
        break;
    case ReasonKind::LacksExpertise:
        goal();
        o.insert(QStringLiteral("level"), r.level);
        break;
    case ReasonKind::StrongCoach:
    case ReasonKind::WeakerCoach:
        o.insert(QStringLiteral("rating"), rounded(r.rating, 2));
        o.insert(QStringLiteral("count"), r.count);
        o.insert(QStringLiteral("years"), r.years);
        break;
    case ReasonKind::HasFreeTime:
    case ReasonKind::LittleFreeTime:
        o.insert(QStringLiteral("minutes"), r.minutes);
        o.insert(QStringLiteral("weeks"), r.weeks);
        break;
    case ReasonKind::LightLoad:
    case ReasonKind::HeavyLoad:
        o.insert(QStringLiteral("percent"), r.percent);
        break;
    }
    return o;
}

QJsonArray RecommendCommandSupport::reasonsJson(const QList<MatchReason>& reasons)
{
    QJsonArray a;
    for (const MatchReason& r : reasons) {
        a.append(reasonJson(r));
    }
    return a;
}

QJsonObject RecommendCommandSupport::contributionsJson(const QList<FactorContribution>& contributions)
{
    QJsonObject o;
    for (const FactorContribution& c : contributions) {
        o.insert(ReasonText::factorKey(c.factor), rounded(c.contribution));
    }
    return o;
}

QJsonObject RecommendCommandSupport::learnerJson(const LearnerProfile& learner, const QHash<Id, QString>& topicNames)
{
    QJsonArray goals;
    for (const Id& g : learner.goals) {
        goals.append(QJsonObject{{QStringLiteral("topic_id"), g}, {QStringLiteral("topic"), topicNames.value(g)}});
    }
    QJsonObject o{{QStringLiteral("level"), learner.level},
                  {QStringLiteral("weekly_minutes"), learner.weeklyMinutes},
                  {QStringLiteral("goals"), goals}};
    if (!learner.id.isEmpty()) {
        o.insert(QStringLiteral("id"), learner.id);
        o.insert(QStringLiteral("name"), learner.name);
    }
    return o;
}

QString RecommendCommandSupport::freshnessKey(ModelFreshness freshness)
{
    switch (freshness) {
    case ModelFreshness::Fresh:
        return QStringLiteral("fresh");
    case ModelFreshness::Stale:
        return QStringLiteral("stale");
    case ModelFreshness::Missing:
        break;
    }
    return QStringLiteral("missing");
}

void RecommendCommandSupport::printReasons(CommandContext& ctx, const Explanation& explanation)
{
    for (const MatchReason& r : explanation.reasons) {
        ctx.out() << QStringLiteral("     + ") << ReasonText::text(r) << u'\n';
    }
    for (const MatchReason& r : explanation.caveats) {
        ctx.out() << QStringLiteral("     − ") << ReasonText::text(r) << u'\n';
    }
}

QString RecommendCommandSupport::learnerLine(const LearnerProfile& learner, const QHash<Id, QString>& topicNames)
{
    QStringList goals;
    for (const Id& g : learner.goals) {
        goals << topicNames.value(g, g);
    }
    const QString who = learner.id.isEmpty() ? tr("a new enquiry") : learner.name;
    const QString hours = ReasonText::hours(learner.weeklyMinutes);
    return goals.isEmpty() ? tr("%1 (level %2, %3 a week; no goals)").arg(who).arg(learner.level).arg(hours)
                           : tr("%1 (level %2, %3 a week; goals: %4)")
                                 .arg(who)
                                 .arg(learner.level)
                                 .arg(hours, goals.join(QStringLiteral(", ")));
}

Result<int> RecommendCommandSupport::weeklyMinutes(const CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("weekly-hours"))) {
        return 0;
    }
    return DecimalText::parseHours(ctx.value(QStringLiteral("weekly-hours")), QStringLiteral("weekly_hours"));
}

Result<Enquiry> RecommendCommandSupport::enquiry(const CommandContext& ctx)
{
    Enquiry e;
    e.goals = ctx.values(QStringLiteral("goals"));
    auto level = ctx.integer(QStringLiteral("level"), 1, 5, 1);
    if (!level) {
        return fail(level.error());
    }
    e.level = static_cast<int>(*level);
    auto weekly = weeklyMinutes(ctx);
    if (!weekly) {
        return fail(weekly.error());
    }
    e.weeklyMinutes = *weekly;
    return e;
}

} // namespace mentordesk::cli
