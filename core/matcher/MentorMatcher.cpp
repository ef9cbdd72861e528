// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/MentorMatcher.h"

#include "courses/TopicGraph.h"

#include <QQueue>
#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

/// Everything about one goal that does not depend on the mentor.
struct GoalTopics
{
    Id goal;
    QList<Id> buildOn;                    ///< topics that require the goal (directly or not)
    QList<QPair<Id, int>> missingPrereqs; ///< with their distance, nearest first
};

/// How well one mentor covers one goal.
struct Coverage
{
    double value = 0.0;
    int level = 0;     ///< effective level in the goal, or in the prerequisite when distance > 0 (0 = none)
    Id topic;          ///< where that level is recorded
    int distance = 0;  ///< > 0 when the coverage comes through a missing prerequisite
    int goalLevel = 0; ///< effective level in the goal itself (the skill S(m) for ability)
};

Coverage cover(const MentorProfile& m, const GoalTopics& g, int needed, double decay)
{
    Coverage c;
    const auto consider = [&c, &m](const Id& topic) {
        const int level = m.expertise.value(topic, 0);
        if (level > c.level) {
            c.level = level;
            c.topic = topic;
        }
    };
    consider(g.goal);
    for (const Id& t : g.buildOn) {
        consider(t);
    }
    c.value = std::min(1.0, static_cast<double>(c.level) / needed);
    c.goalLevel = c.level;
    for (const auto& [topic, distance] : g.missingPrereqs) {
        const int level = m.expertise.value(topic, 0);
        const double partial = std::pow(decay, distance) * std::min(1.0, static_cast<double>(level) / needed);
        if (partial > c.value) {
            c = {partial, level, topic, distance, c.goalLevel};
        }
    }
    return c;
}

MatchReason reason(MatchFactor factor, ReasonKind kind, double contribution)
{
    MatchReason r;
    r.factor = factor;
    r.kind = kind;
    r.contribution = contribution;
    return r;
}

} // namespace

Result<MentorMatchSettings> MentorMatcher::validated(const MentorMatchSettings& s)
{
    const MentorMatchWeights& w = s.weights;
    const double sum = w.expertise + w.ability + w.freeTime + w.load;
    if (w.expertise < 0.0 || w.ability < 0.0 || w.freeTime < 0.0 || w.load < 0.0 || !(sum > 0.0)) {
        return fail(Error::invalid(QStringLiteral("mentor_weights"),
                                   tr("Mentor match weights must not be negative and must not all be zero.")));
    }
    auto ability = MentorAbilityModel::normalised(s.ability);
    if (!ability) {
        return fail(ability.error());
    }
    if (s.horizonWeeks < 1 || s.horizonWeeks > 52) {
        return fail(
            Error::invalid(QStringLiteral("horizon_weeks"), tr("The mentor horizon must be between 1 and 52 weeks.")));
    }
    if (!(s.prerequisiteDecay > 0.0 && s.prerequisiteDecay <= 1.0)) {
        return fail(Error::invalid(QStringLiteral("prerequisite_decay"),
                                   tr("The prerequisite decay must be above 0 and at most 1.")));
    }
    MentorMatchSettings out = s;
    out.weights = {w.expertise / sum, w.ability / sum, w.freeTime / sum, w.load / sum};
    out.ability = *ability;
    return out;
}

QList<MentorSuggestion> MentorMatcher::rank(const QList<MentorProfile>& mentors, const TopicGraph& graph,
                                            const LearnerProfile& learner, const QHash<Id, QString>& topicNames, int k,
                                            const MentorMatchSettings& settings)
{
    const MentorMatchSettings s = validated(settings).value_or(*validated(MentorMatchSettings{}));
    const MentorMatchWeights& w = s.weights;
    const int needed = std::min(5, std::clamp(learner.level, 1, 5) + 1);

    QList<GoalTopics> goals;
    for (const Id& g : learner.goals) {
        if (std::any_of(goals.cbegin(), goals.cend(), [&g](const GoalTopics& x) { return x.goal == g; })) {
            continue;
        }
        GoalTopics gt{g, graph.dependents(g), {}};
        QSet<Id> seen{g};
        QQueue<QPair<Id, int>> queue;
        if (!learner.knownTopics.contains(g)) { // a known goal (in progress) has no missing prerequisites
            queue.enqueue({g, 0});
        }
        while (!queue.isEmpty()) {
            const auto [topic, distance] = queue.dequeue();
            for (const Id& p : graph.directPrerequisites(topic)) {
                if (!seen.contains(p) && !learner.knownTopics.contains(p)) {
                    seen.insert(p);
                    gt.missingPrereqs.append({p, distance + 1});
                    queue.enqueue({p, distance + 1});
                }
            }
        }
        goals.append(gt);
    }
    const bool hasGoals = !goals.isEmpty();

    double sumStars = 0.0;
    qint64 ratings = 0;
    for (const MentorProfile& m : mentors) {
        sumStars += m.coachingSum;
        ratings += m.coachingCount;
    }
    const double prior = ratings > 0 ? sumStars / static_cast<double>(ratings) : s.bayes.fallbackPrior;

    struct Row
    {
        MentorSuggestion out;
        QList<Coverage> coverage;
    };
    QList<Row> rows;
    rows.reserve(mentors.size());
    double sumE = 0.0, sumM = 0.0, sumF = 0.0, sumL = 0.0;
    for (const MentorProfile& m : mentors) {
        Row row;
        MentorFactors& f = row.out.factors;
        double levels = 0.0;
        for (const GoalTopics& g : std::as_const(goals)) {
            const Coverage c = cover(m, g, needed, s.prerequisiteDecay);
            row.coverage.append(c);
            f.expertise += c.value;
            levels += std::max(1, c.goalLevel);
        }
        if (hasGoals) {
            f.expertise /= static_cast<double>(goals.size());
            f.skill = levels / static_cast<double>(goals.size());
        } else {
            int best = 1;
            for (const int level : m.expertise) {
                best = std::max(best, level);
            }
            f.skill = best;
        }
        f.coachingRating = BayesianRating::average(m.coachingSum, m.coachingCount, prior, s.bayes.priorWeight);
        f.ability = MentorAbilityModel::score(f.skill, m.yearsTeaching, f.coachingRating, s.ability);
        const qint64 free = std::max<qint64>(0, m.availableMinutes - m.bookedMinutes);
        f.freeMinutesPerWeek = free / s.horizonWeeks;
        f.freeTime = learner.weeklyMinutes > 0
                         ? std::min(1.0, static_cast<double>(f.freeMinutesPerWeek) / learner.weeklyMinutes)
                         : (f.freeMinutesPerWeek > 0 ? 1.0 : 0.0);
        const double booked =
            m.availableMinutes > 0
                ? std::min(1.0, static_cast<double>(std::max<qint64>(0, m.bookedMinutes)) / m.availableMinutes)
                : 1.0;
        f.load = m.availableMinutes > 0 ? 1.0 - booked : 0.0;
        f.bookedPercent = static_cast<int>(std::lround(booked * 100.0));
        const double gate = hasGoals ? f.expertise : 1.0;
        row.out.score =
            w.expertise * f.expertise + w.ability * gate * f.ability + w.freeTime * f.freeTime + w.load * f.load;
        row.out.mentorId = m.id;
        row.out.name = m.name;
        row.out.activeLearners = m.activeLearners;
        sumE += f.expertise;
        sumM += f.ability;
        sumF += f.freeTime;
        sumL += f.load;
        rows.append(row);
    }
    const double n = std::max<qsizetype>(1, rows.size());
    const double meanE = sumE / n, meanM = sumM / n, meanF = sumF / n, meanL = sumL / n;

    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        const MentorProfile& m = mentors.at(i);
        const MentorFactors& f = row.out.factors;
        // Relative to the average mentor, exactly as for courses: wM·(E·M − Ē·M̄) splits into
        // wM·M̄·(E − Ē) for expertise and wM·E·(M − M̄) for ability.
        const double expertise = hasGoals ? (w.expertise + w.ability * meanM) * (f.expertise - meanE) : 0.0;
        const double ability = w.ability * (hasGoals ? f.expertise : 1.0) * (f.ability - meanM);
        const double freeTime = w.freeTime * (f.freeTime - meanF);
        const double load = w.load * (f.load - meanL);

        QList<MatchReason> candidates;
        if (hasGoals) {
            qsizetype best = 0, worst = 0;
            for (qsizetype j = 1; j < row.coverage.size(); ++j) {
                best = row.coverage[j].value > row.coverage[best].value ? j : best;
                worst = row.coverage[j].value < row.coverage[worst].value ? j : worst;
            }
            const qsizetype pickIndex = expertise > 0.0 ? best : worst;
            const Coverage& c = row.coverage[pickIndex];
            MatchReason r = reason(MatchFactor::Expertise,
                                   expertise > 0.0 ? ReasonKind::ExpertInGoal : ReasonKind::LacksExpertise, expertise);
            r.goalId = goals[pickIndex].goal;
            r.goalName = topicNames.value(r.goalId);
            r.topicId = c.topic;
            r.topicName = topicNames.value(c.topic);
            r.level = c.level;
            r.distance = c.distance;
            if (expertise > 0.0 ? c.level > 0 : (c.distance == 0 && c.level < needed)) {
                candidates.append(r);
            }
        }
        MatchReason ar =
            reason(MatchFactor::Ability, ability > 0.0 ? ReasonKind::StrongCoach : ReasonKind::WeakerCoach, ability);
        ar.rating = m.coachingCount > 0 ? m.coachingSum / m.coachingCount : 0.0;
        ar.count = m.coachingCount;
        ar.years = m.yearsTeaching;
        candidates.append(ar);
        MatchReason fr = reason(MatchFactor::FreeTime,
                                freeTime > 0.0 ? ReasonKind::HasFreeTime : ReasonKind::LittleFreeTime, freeTime);
        fr.minutes = f.freeMinutesPerWeek;
        fr.weeks = s.horizonWeeks;
        candidates.append(fr);
        MatchReason lr = reason(MatchFactor::Load, load > 0.0 ? ReasonKind::LightLoad : ReasonKind::HeavyLoad, load);
        lr.percent = f.bookedPercent;
        candidates.append(lr);

        row.out.explanation = Explanation::pick(candidates, s.maxReasons, s.maxCaveats, s.reasonThreshold);
        row.out.explanation.contributions = {{MatchFactor::Expertise, f.expertise, expertise},
                                             {MatchFactor::Ability, f.ability, ability},
                                             {MatchFactor::FreeTime, f.freeTime, freeTime},
                                             {MatchFactor::Load, f.load, load}};
        row.out.explanation.reference =
            w.expertise * meanE + w.ability * (hasGoals ? meanE : 1.0) * meanM + w.freeTime * meanF + w.load * meanL;
    }

    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.out.score != b.out.score) {
            return a.out.score > b.out.score;
        }
        const int byName = QString::compare(a.out.name, b.out.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.out.mentorId < b.out.mentorId;
    });
    QList<MentorSuggestion> out;
    for (qsizetype i = 0; i < rows.size() && i < k; ++i) {
        out.append(rows[i].out);
    }
    return out;
}

} // namespace mentordesk
