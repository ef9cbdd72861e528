// SPDX-License-Identifier: GPL-3.0-or-later
// CourseRecommender: the factors of one course and their contributions, turned into reasons.
#include "matcher/CourseCatalog.h"
#include "matcher/CourseRecommender.h"
#include "matcher/CourseRecommenderPass.h"
#include "matcher/MatrixFactorization.h"

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

MatchReason reason(MatchFactor factor, ReasonKind kind, double contribution)
{
    MatchReason r;
    r.factor = factor;
    r.kind = kind;
    r.contribution = contribution;
    return r;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return b > 0 ? (a + b - 1) / b : 0;
}

} // namespace

CourseSuggestion CourseRecommender::describe(int c, const LearnerProfile& learner, const ContentFit& fit, const Pass& p,
                                             bool explain) const
{
    const CourseInfo& info = m_catalog.info(c);
    CourseSuggestion s;
    s.courseId = info.id;
    s.title = info.title;
    CourseFactors& f = s.factors;
    f.goal = fit.goal(c);
    f.level = fit.level(c);
    f.time = fit.time(c);
    f.content = p.wGoal * static_cast<float>(f.goal) + p.wLevel * static_cast<float>(f.level) +
                p.wTime * static_cast<float>(f.time);
    f.quality = m_catalog.quality(c);
    f.popularity = m_catalog.popularity(c);
    f.neededMinutes = fit.neededMinutes(c);
    const int item = m_modelItem[static_cast<std::size_t>(c)];
    f.cfUsed = p.user >= 0 && p.gamma > 0.0F && item >= 0;
    if (f.cfUsed) {
        const float raw = m_model->unclampedPredict(p.user, item);
        f.cf = (raw - p.cfMin) * p.cfScale;
        f.predictedRating = std::clamp(raw, m_model->minRating(), m_model->maxRating());
    }
    if (!explain) {
        return s;
    }

    // Contributions relative to the average candidate (docs/matcher.md, "Explanations"):
    //   score − reference = s·[(α + β·C̄)(D − D̄) + β·D·(C − C̄) + γ(F − F̄) + δ(P − P̄)]
    // with the content part split over G, L and T by their weights. Exact, so the named factors are
    // the ones that moved this course above (or below) the others.
    const double scale = f.cfUsed ? 1.0 : p.coldScale;
    const double gamma = f.cfUsed ? p.gamma : 0.0;
    const double meanContent = p.mean(p.sumContent);
    const double meanQuality = p.mean(p.sumQuality);
    const double meanPopularity = p.mean(p.sumPopularity);
    const double meanCf = p.meanCf();
    const double gate = p.alpha + p.beta * meanQuality;
    const double goal = scale * gate * p.wGoal * (f.goal - p.mean(p.sumGoal));
    const double level = scale * gate * p.wLevel * (f.level - p.mean(p.sumLevel));
    const double time = scale * gate * p.wTime * (f.time - p.mean(p.sumTime));
    const double quality = scale * p.beta * f.content * (f.quality - meanQuality);
    const double cf = f.cfUsed ? scale * gamma * (f.cf - meanCf) : 0.0;
    const double popularity = scale * p.delta * (f.popularity - meanPopularity);

    QList<MatchReason> candidates;
    // Goal.
    if (goal > 0.0) {
        const GoalMatch m = fit.goalMatch(c);
        MatchReason r =
            reason(MatchFactor::Goal, m.distance == 0 ? ReasonKind::CoversGoal : ReasonKind::TeachesPrerequisite, goal);
        r.goalId = m.goalId;
        r.goalName = m_catalog.topicName(m.goalId);
        r.topicId = m.topicId;
        r.topicName = m_catalog.topicName(m.topicId);
        r.distance = m.distance;
        candidates.append(r);
    } else if (goal < 0.0 && f.goal == 0.0) {
        candidates.append(reason(MatchFactor::Goal, ReasonKind::UnrelatedToGoals, goal));
    }
    // Level.
    const int delta = m_catalog.level(c) - std::clamp(learner.level, 1, 5);
    const ReasonKind levelKind = level > 0.0                           ? ReasonKind::FitsLevel
                                 : delta > fit.settings().levelStretch ? ReasonKind::AboveLevel
                                                                       : ReasonKind::BelowLevel;
    MatchReason lr = reason(MatchFactor::Level, levelKind, level);
    lr.level = m_catalog.level(c);
    lr.learnerLevel = std::clamp(learner.level, 1, 5);
    candidates.append(lr);
    // Time.
    if (time > 0.0 || f.time < 1.0) {
        MatchReason r = reason(MatchFactor::Time, time > 0.0 ? ReasonKind::FitsTime : ReasonKind::TooLong, time);
        r.minutes = f.neededMinutes;
        r.weeklyMinutes = learner.weeklyMinutes;
        r.weeks = time > 0.0 ? static_cast<int>(ceilDiv(f.neededMinutes, learner.weeklyMinutes))
                             : fit.settings().horizonWeeks;
        candidates.append(r);
    }
    // Quality.
    const bool rated = info.ratingCount > 0;
    MatchReason qr = reason(MatchFactor::Quality,
                            quality > 0.0 ? (rated ? ReasonKind::WellRated : ReasonKind::HighQuality)
                                          : (rated ? ReasonKind::LowRated : ReasonKind::LowQuality),
                            quality);
    qr.rating = rated ? info.ratingSum / info.ratingCount : 0.0;
    qr.count = info.ratingCount;
    qr.quality = info.quality;
    qr.practicality = info.practicality;
    candidates.append(qr);
    // Collaborative filtering.
    if (f.cfUsed) {
        MatchReason r = reason(MatchFactor::Collaborative,
                               cf > 0.0 ? ReasonKind::SimilarLearnersLiked : ReasonKind::SimilarLearnersDisliked, cf);
        r.predicted = f.predictedRating;
        candidates.append(r);
    }
    // Popularity.
    MatchReason pr =
        reason(MatchFactor::Popularity, popularity > 0.0 ? ReasonKind::Popular : ReasonKind::FewLearners, popularity);
    pr.learners = info.learners;
    candidates.append(pr);

    s.explanation =
        Explanation::pick(candidates, m_settings.maxReasons, m_settings.maxCaveats, m_settings.reasonThreshold);
    s.explanation.contributions = {
        {MatchFactor::Goal, f.goal, goal},      {MatchFactor::Level, f.level, level},
        {MatchFactor::Time, f.time, time},      {MatchFactor::Quality, f.quality, quality},
        {MatchFactor::Collaborative, f.cf, cf}, {MatchFactor::Popularity, f.popularity, popularity}};
    s.explanation.reference = scale * (p.alpha * meanContent + p.beta * meanContent * meanQuality + gamma * meanCf +
                                       p.delta * meanPopularity);
    return s;
}

} // namespace mentordesk
