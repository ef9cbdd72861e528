// SPDX-License-Identifier: GPL-3.0-or-later
// RecommenderService: learner and enquiry profiles, mentor matching, learning paths.
#include "common/Clock.h"
#include "common/Validation.h"
#include "courses/TopicGraph.h"
#include "courses/TopicRepository.h"
#include "lessons/StudioTimeZone.h"
#include "matcher/RecommenderRepository.h"
#include "matcher/RecommenderService.h"
#include "people/LearnerGoalRepository.h"
#include "people/LearnerRepository.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

Result<LearnerProfile> RecommenderService::learnerProfile(const Id& learnerId)
{
    auto id = Validation::requiredId(learnerId, {QStringLiteral("learner"), tr("Learner")});
    if (!id) {
        return fail(id.error());
    }
    auto found = LearnerRepository(m_db).find(*id);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::invalid(QStringLiteral("learner"), tr("There is no learner with id %1.").arg(*id)));
    }
    const Learner& l = **found;
    auto goals = LearnerGoalRepository(m_db).goalsForLearner(*id);
    if (!goals) {
        return fail(goals.error());
    }
    auto history = RecommenderRepository(m_db).learnerHistory(*id, m_settings.masteryPercent);
    if (!history) {
        return fail(history.error());
    }
    LearnerProfile p;
    p.id = l.meta.id;
    p.name = l.name;
    p.level = l.level;
    p.weeklyMinutes = l.weeklyMinutes;
    for (const LearnerGoal& g : std::as_const(*goals)) {
        p.goals.append(g.topicId);
    }
    p.knownTopics = history->knownTopics;
    p.takenCourses = history->takenCourses;
    p.efficiencyPermille = history->efficiencyPermille;
    return p;
}

Result<LearnerProfile> RecommenderService::enquiryProfile(const Enquiry& enquiry)
{
    if (enquiry.level < 1 || enquiry.level > 5) {
        return fail(Error::invalid(QStringLiteral("level"), tr("The level must be between 1 and 5.")));
    }
    if (enquiry.weeklyMinutes < 1 || enquiry.weeklyMinutes > 10080) {
        return fail(Error::invalid(QStringLiteral("weekly_minutes"),
                                   tr("Weekly time must be between 1 minute and 168 hours.")));
    }
    if (enquiry.goals.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("goals"), tr("Give at least one goal topic.")));
    }
    auto names = RecommenderRepository(m_db).topicNames();
    if (!names) {
        return fail(names.error());
    }
    LearnerProfile p;
    p.level = enquiry.level;
    p.weeklyMinutes = enquiry.weeklyMinutes;
    for (const QString& raw : enquiry.goals) {
        const QString goal = raw.trimmed();
        Id id = names->contains(goal.toLower()) ? goal.toLower() : Id();
        for (auto it = names->cbegin(); id.isEmpty() && it != names->cend(); ++it) {
            if (it.value().compare(goal, Qt::CaseInsensitive) == 0) {
                id = it.key();
            }
        }
        if (id.isEmpty()) {
            return fail(Error::invalid(QStringLiteral("goals"), tr("There is no topic “%1”.").arg(goal)));
        }
        if (!p.goals.contains(id)) {
            p.goals.append(id);
        }
    }
    return p;
}

Result<MentorRecommendations> RecommenderService::rankMentors(const LearnerProfile& learner, int k)
{
    if (k < 1 || k > 100) {
        return fail(Error::invalid(QStringLiteral("k"), tr("The number of suggestions must be between 1 and 100.")));
    }
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    MentorRecommendations out;
    out.from = zone->toLocal(m_clock.nowUtc()).date;
    out.horizonWeeks = m_settings.mentors.horizonWeeks;
    RecommenderRepository repo(m_db);
    auto mentors = repo.mentors(zone->startOfDayUtc(out.from),
                                zone->startOfDayUtc(out.from.addDays(7LL * out.horizonWeeks)), out.horizonWeeks);
    if (!mentors) {
        return fail(mentors.error());
    }
    auto names = repo.topicNames();
    if (!names) {
        return fail(names.error());
    }
    auto edges = TopicRepository(m_db).edges();
    if (!edges) {
        return fail(edges.error());
    }
    out.items = MentorMatcher::rank(*mentors, TopicGraph(*edges), learner, *names, k, m_settings.mentors);
    out.learner = learner;
    out.topicNames = std::move(*names);
    return out;
}

Result<MentorRecommendations> RecommenderService::recommendMentors(const Id& learnerId, int k)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    if (!m_valid) {
        return fail(m_valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto learner = learnerProfile(learnerId);
    if (!learner) {
        return fail(learner.error());
    }
    auto out = rankMentors(*learner, k);
    if (!out) {
        return fail(out.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<MentorRecommendations> RecommenderService::recommendMentors(const Enquiry& enquiry, int k)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    if (!m_valid) {
        return fail(m_valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto learner = enquiryProfile(enquiry);
    if (!learner) {
        return fail(learner.error());
    }
    auto out = rankMentors(*learner, k);
    if (!out) {
        return fail(out.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<LearningPath> RecommenderService::plan(const LearnerProfile& learner, int weeks, int weeklyMinutes, QDate start)
{
    RecommenderRepository repo(m_db);
    auto courses = repo.courses();
    if (!courses) {
        return fail(courses.error());
    }
    auto names = repo.topicNames();
    if (!names) {
        return fail(names.error());
    }
    auto edges = TopicRepository(m_db).edges();
    if (!edges) {
        return fail(edges.error());
    }
    PathRequest request;
    for (const Id& g : learner.goals) {
        request.goals.append({g, 1.0});
    }
    request.knownTopics = learner.knownTopics;
    for (const CourseInfo& c : std::as_const(*courses)) {
        if (!learner.takenCourses.contains(c.id)) {
            request.courses.append({c.id, c.title, c.contentMinutes, c.topics});
        }
    }
    request.weeklyMinutes = weeklyMinutes;
    request.weeks = weeks;
    request.start = start.isValid() ? start : today();
    request.efficiencyPermille = learner.efficiencyPermille;
    auto plan = PathPlanner::plan(TopicGraph(*edges), request, m_settings.paths);
    if (!plan) {
        return fail(plan.error());
    }
    return LearningPath{learner, std::move(*plan), std::move(*names)};
}

Result<LearningPath> RecommenderService::planPath(const Id& learnerId, int weeks, int weeklyMinutes, QDate start)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    if (!m_valid) {
        return fail(m_valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto learner = learnerProfile(learnerId);
    if (!learner) {
        return fail(learner.error());
    }
    if (learner->goals.isEmpty()) {
        return fail(
            Error::invalid(QStringLiteral("goals"),
                           tr("%1 has no goal topics yet; set some before planning a path.").arg(learner->name)));
    }
    const int weekly = weeklyMinutes > 0 ? weeklyMinutes : learner->weeklyMinutes;
    if (weeklyMinutes < 0 || weekly <= 0) {
        return fail(Error::invalid(QStringLiteral("weekly_minutes"),
                                   tr("Give the weekly time: %1 has none set.").arg(learner->name)));
    }
    auto out = plan(*learner, weeks, weekly, start);
    if (!out) {
        return fail(out.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<LearningPath> RecommenderService::planPath(const Enquiry& enquiry, int weeks, QDate start)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    if (!m_valid) {
        return fail(m_valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto learner = enquiryProfile(enquiry);
    if (!learner) {
        return fail(learner.error());
    }
    auto out = plan(*learner, weeks, enquiry.weeklyMinutes, start);
    if (!out) {
        return fail(out.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

} // namespace mentordesk
