// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/ReasonText.h"

#include <QLocale>

namespace mentordesk {

namespace {
QString stars(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

QString ReasonText::hours(qint64 minutes)
{
    const double h = static_cast<double>(minutes) / 60.0;
    const bool whole = minutes % 60 == 0;
    return tr("%1 h").arg(QLocale().toString(h, 'f', whole ? 0 : 1));
}

QString ReasonText::text(const MatchReason& r)
{
    switch (r.kind) {
    case ReasonKind::CoversGoal:
        return tr("covers your goal %1").arg(r.goalName);
    case ReasonKind::TeachesPrerequisite:
        return r.distance <= 1 ? tr("teaches %1, a prerequisite of your goal %2").arg(r.topicName, r.goalName)
                               : tr("teaches %1, an earlier prerequisite of your goal %2").arg(r.topicName, r.goalName);
    case ReasonKind::UnrelatedToGoals:
        return tr("not related to your goals");
    case ReasonKind::FitsLevel:
        return tr("fits your level (course level %1, yours %2)").arg(r.level).arg(r.learnerLevel);
    case ReasonKind::AboveLevel:
        return tr("above your level (course level %1, yours %2)").arg(r.level).arg(r.learnerLevel);
    case ReasonKind::BelowLevel:
        return tr("below your level (course level %1, yours %2)").arg(r.level).arg(r.learnerLevel);
    case ReasonKind::FitsTime:
        return tr("fits your weekly time (about %n week(s) at %1 a week)", nullptr, r.weeks)
            .arg(hours(r.weeklyMinutes));
    case ReasonKind::TooLong:
        return tr("needs about %1, more than %2 a week gives in %n week(s)", nullptr, r.weeks)
            .arg(hours(r.minutes), hours(r.weeklyMinutes));
    case ReasonKind::WellRated:
        return tr("rated %1 by %n learner(s)", nullptr, r.count).arg(stars(r.rating));
    case ReasonKind::HighQuality:
        return tr("high content quality (%1/10, practicality %2/10)").arg(r.quality).arg(r.practicality);
    case ReasonKind::LowRated:
        return tr("rated only %1 by %n learner(s)", nullptr, r.count).arg(stars(r.rating));
    case ReasonKind::LowQuality:
        return tr("lower content quality (%1/10, practicality %2/10)").arg(r.quality).arg(r.practicality);
    case ReasonKind::SimilarLearnersLiked:
        return tr("learners like you rated it highly (predicted %1 stars)").arg(stars(r.predicted));
    case ReasonKind::SimilarLearnersDisliked:
        return tr("learners like you rated it lower (predicted %1 stars)").arg(stars(r.predicted));
    case ReasonKind::Popular:
        return tr("popular: %n learner(s) took it", nullptr, r.learners);
    case ReasonKind::FewLearners:
        return tr("few learners took it so far (%n)", nullptr, r.learners);
    case ReasonKind::ExpertInGoal:
        if (r.distance > 0) {
            return tr("teaches %1, a prerequisite of your goal %2 (level %3 of 5)")
                .arg(r.topicName, r.goalName)
                .arg(r.level);
        }
        return r.topicId == r.goalId || r.topicName.isEmpty()
                   ? tr("expert in %1 (level %2 of 5)").arg(r.goalName).arg(r.level)
                   : tr("knows %1 through %2 (level %3 of 5)").arg(r.goalName, r.topicName).arg(r.level);
    case ReasonKind::LacksExpertise:
        return r.level <= 0 ? tr("no recorded expertise in %1").arg(r.goalName)
                            : tr("limited expertise in %1 (level %2 of 5)").arg(r.goalName).arg(r.level);
    case ReasonKind::StrongCoach:
        return r.count > 0 ? tr("coaching rated %1 (%2 ratings), %n year(s) of teaching", nullptr, r.years)
                                 .arg(stars(r.rating))
                                 .arg(r.count)
                           : tr("%n year(s) of teaching", nullptr, r.years);
    case ReasonKind::WeakerCoach:
        return r.count > 0 ? tr("coaching rated %1 (%2 ratings)").arg(stars(r.rating)).arg(r.count)
                           : tr("less teaching experience (%n year(s))", nullptr, r.years);
    case ReasonKind::HasFreeTime:
        return tr("%1 free a week in the next %n week(s)", nullptr, r.weeks).arg(hours(r.minutes));
    case ReasonKind::LittleFreeTime:
        return r.minutes <= 0
                   ? tr("no free time in the next %n week(s)", nullptr, r.weeks)
                   : tr("only %1 free a week in the next %n week(s)", nullptr, r.weeks).arg(hours(r.minutes));
    case ReasonKind::LightLoad:
        return tr("light schedule (%1 % booked)").arg(r.percent);
    case ReasonKind::HeavyLoad:
        return tr("busy schedule (%1 % booked)").arg(r.percent);
    }
    return {};
}

QString ReasonText::kindKey(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::CoversGoal:
        return QStringLiteral("covers_goal");
    case ReasonKind::TeachesPrerequisite:
        return QStringLiteral("teaches_prerequisite");
    case ReasonKind::UnrelatedToGoals:
        return QStringLiteral("unrelated_to_goals");
    case ReasonKind::FitsLevel:
        return QStringLiteral("fits_level");
    case ReasonKind::AboveLevel:
        return QStringLiteral("above_level");
    case ReasonKind::BelowLevel:
        return QStringLiteral("below_level");
    case ReasonKind::FitsTime:
        return QStringLiteral("fits_time");
    case ReasonKind::TooLong:
        return QStringLiteral("too_long");
    case ReasonKind::WellRated:
        return QStringLiteral("well_rated");
    case ReasonKind::HighQuality:
        return QStringLiteral("high_quality");
    case ReasonKind::LowRated:
        return QStringLiteral("low_rated");
    case ReasonKind::LowQuality:
        return QStringLiteral("low_quality");
    case ReasonKind::SimilarLearnersLiked:
        return QStringLiteral("similar_learners_liked");
    case ReasonKind::SimilarLearnersDisliked:
        return QStringLiteral("similar_learners_disliked");
    case ReasonKind::Popular:
        return QStringLiteral("popular");
    case ReasonKind::FewLearners:
        return QStringLiteral("few_learners");
    case ReasonKind::ExpertInGoal:
        return QStringLiteral("expert_in_goal");
    case ReasonKind::LacksExpertise:
        return QStringLiteral("lacks_expertise");
    case ReasonKind::StrongCoach:
        return QStringLiteral("strong_coach");
    case ReasonKind::WeakerCoach:
        return QStringLiteral("weaker_coach");
    case ReasonKind::HasFreeTime:
        return QStringLiteral("has_free_time");
    case ReasonKind::LittleFreeTime:
        return QStringLiteral("little_free_time");
    case ReasonKind::LightLoad:
        return QStringLiteral("light_load");
    case ReasonKind::HeavyLoad:
        return QStringLiteral("heavy_load");
    }
    return {};
}

QString ReasonText::factorKey(MatchFactor factor)
{
    switch (factor) {
    case MatchFactor::Goal:
        return QStringLiteral("goal");
    case MatchFactor::Level:
        return QStringLiteral("level");
    case MatchFactor::Time:
        return QStringLiteral("time");
    case MatchFactor::Quality:
        return QStringLiteral("quality");
    case MatchFactor::Collaborative:
        return QStringLiteral("cf");
    case MatchFactor::Popularity:
        return QStringLiteral("popularity");
    case MatchFactor::Expertise:
        return QStringLiteral("expertise");
    case MatchFactor::Ability:
        return QStringLiteral("ability");
    case MatchFactor::FreeTime:
        return QStringLiteral("free_time");
    case MatchFactor::Load:
        return QStringLiteral("load");
    }
    return {};
}

} // namespace mentordesk
