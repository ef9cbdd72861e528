// SPDX-License-Identifier: GPL-3.0-or-later
// RecommenderService: settings, the model, course suggestions. Learner profiles, mentors and paths
// are in RecommenderServiceProfiles.cpp.
#include "matcher/RecommenderService.h"

#include "common/Clock.h"
#include "courses/TopicGraph.h"
#include "courses/TopicRepository.h"
#include "lessons/StudioTimeZone.h"
#include "matcher/CourseCatalog.h"
#include "matcher/RecommenderRepository.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

RecommenderService::RecommenderService(Database& db, const Clock& clock, RecommenderSettings settings)
    : m_db(db)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_valid(validated(m_settings))
{
    if (m_valid) {
        m_settings = *m_valid;
    }
}

Result<RecommenderSettings> RecommenderService::validated(const RecommenderSettings& settings)
{
    RecommenderSettings out = settings;
    auto courses = CourseRecommender::validated(settings.courses);
    if (!courses) {
        return fail(courses.error());
    }
    out.courses = *courses;
    auto mentors = MentorMatcher::validated(settings.mentors);
    if (!mentors) {
        return fail(mentors.error());
    }
    out.mentors = *mentors;
    if (settings.paths.maxExactTopics < 1 || settings.paths.maxExactTopics > 22) {
        return fail(Error::invalid(QStringLiteral("max_exact_topics"),
                                   tr("The exact search limit must be between 1 and 22 topics.")));
    }
    if (settings.masteryPercent < 0 || settings.masteryPercent > 100) {
        return fail(
            Error::invalid(QStringLiteral("mastery_percent"), tr("The mastery bar must be between 0 and 100 %.")));
    }
    return out;
}

QDate RecommenderService::today()
{
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    return zone ? zone->toLocal(m_clock.nowUtc()).date : m_clock.nowUtc().date();
}

Result<ModelStatus> RecommenderService::modelStatus()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    return RecommenderTrainer(m_db, m_clock, m_settings.mf).status();
}

Result<TrainingReport> RecommenderService::trainModel(bool force, const MatrixFactorization::EpochCallback& onEpoch)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
        return fail(allowed.error());
    }
    return RecommenderTrainer(m_db, m_clock, m_settings.mf).train(force, onEpoch);
}

Result<ModelUse> RecommenderService::prepareModel(std::optional<StoredModel>& model)
{
    RecommenderTrainer trainer(m_db, m_clock, m_settings.mf);
    ModelUse use;
    if (m_settings.trainWhenStale) {
        auto report = trainer.train(false);
        if (!report) {
            return fail(report.error());
        }
        use.trainedNow = report->trained;
    }
    auto status = trainer.status();
    if (!status) {
        return fail(status.error());
    }
    use.freshness = status->freshness;
    if (use.freshness != ModelFreshness::Missing) {
        auto loaded = trainer.load();
        if (!loaded) {
            return fail(loaded.error());
        }
        model = std::move(*loaded);
        use.used = model.has_value();
        if (model) {
            use.ratings = model->ratings;
            use.trainedAt = model->trainedAt;
        }
    }
    return use;
}

Result<CourseRecommendations> RecommenderService::recommendCourses(const Id& learnerId, int k, bool explain)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    return rankCourses([this, &learnerId] { return learnerProfile(learnerId); }, k, explain);
}

Result<CourseRecommendations> RecommenderService::recommendCourses(const Enquiry& enquiry, int k, bool explain)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    return rankCourses([this, &enquiry] { return enquiryProfile(enquiry); }, k, explain);
}

Result<CourseRecommendations> RecommenderService::rankCourses(const std::function<Result<LearnerProfile>()>& profile,
                                                              int k, bool explain)
{
    if (!m_valid) {
        return fail(m_valid.error());
    }
    if (k < 1 || k > 100) {
        return fail(Error::invalid(QStringLiteral("k"), tr("The number of suggestions must be between 1 and 100.")));
    }
    // Why: the learner is checked before training, so a bad request writes nothing; training nests
    // its own transactions (savepoints) inside this one.
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto learner = profile();
    if (!learner) {
        return fail(learner.error());
    }
    std::optional<StoredModel> stored;
    auto use = prepareModel(stored);
    if (!use) {
        return fail(use.error());
    }
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
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }

    const CourseCatalog catalog = CourseCatalog::build(*courses, *names);
    const TopicGraph graph(*edges);
    const CourseRecommender recommender(catalog, graph, stored ? &stored->model : nullptr, m_settings.courses);
    CourseRecommendations out;
    out.items = recommender.recommend(*learner, k, explain);
    out.model = *use;
    out.weights = m_settings.courses.weights;
    out.candidates = catalog.size();
    for (const Id& taken : std::as_const(learner->takenCourses)) {
        out.candidates -= catalog.indexOf(taken) >= 0 ? 1 : 0;
    }
    out.learner = std::move(*learner);
    out.topicNames = std::move(*names);
    return out;
}

} // namespace mentordesk
