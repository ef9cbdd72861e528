// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/CourseRecommender.h"
#include "matcher/MentorMatcher.h"
#include "matcher/PathPlanner.h"
#include "matcher/RecommenderTrainer.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <functional>

namespace mentordesk {

class Clock;
class Database;

/// Everything the recommender can be tuned with (docs/matcher.md).
struct RecommenderSettings
{
    CourseRecommenderSettings courses;
    MentorMatchSettings mentors;
    PathPlannerSettings paths;
    MfParams mf;
    int masteryPercent = 80; ///< an assessment at or above this makes a topic known
    /// Train the collaborative filter synchronously when it is missing or stale (the CLI). The GUI
    /// sets false: it uses the stored model even when stale and retrains on a worker thread
    /// (RecommenderTrainer::trainFile), then asks again.
    bool trainWhenStale = true;
};

/// A new enquiry: somebody who is not a learner yet.
struct Enquiry
{
    QStringList goals;     ///< topic ids or names (case-insensitive)
    int level = 1;         ///< 1–5
    int weeklyMinutes = 0; ///< 1–10080
};

/// How the collaborative filter took part in an answer.
struct ModelUse
{
    ModelFreshness freshness = ModelFreshness::Missing; ///< after any training this call did
    bool trainedNow = false;                            ///< this call trained (and stored) the model
    bool used = false;                                  ///< a model was available to score with
    int ratings = 0;                                    ///< ratings the model used was trained on
    QDateTime trainedAt;
};

/// Course suggestions for one learner.
struct CourseRecommendations
{
    LearnerProfile learner;
    QList<CourseSuggestion> items;
    ModelUse model;
    BlendWeights weights; ///< normalised, as used
    int candidates = 0;   ///< courses that could be suggested (active, not taken)
    QHash<Id, QString> topicNames;
};

/// Mentors ranked for a learner or an enquiry.
struct MentorRecommendations
{
    LearnerProfile learner; ///< for an enquiry: no id, goals resolved to topic ids
    QList<MentorSuggestion> items;
    QDate from; ///< first day of the free-time horizon (studio time zone)
    int horizonWeeks = 0;
    QHash<Id, QString> topicNames;
};

/// A planned learning path with the names needed to show it.
struct LearningPath
{
    LearnerProfile learner;
    PathPlan plan;
    QHash<Id, QString> topicNames;
};

/// The studio's recommender: loads learners, goals, courses, topics, prerequisite edges, ratings
/// and enrollments with set-based reads (RecommenderRepository), keeps the collaborative filter
/// trained (RecommenderTrainer) and answers with the pure CourseRecommender, MentorMatcher and
/// PathPlanner. Each answer reads in one transaction.
class RecommenderService final
{
    Q_DECLARE_TR_FUNCTIONS(RecommenderService)

public:
    RecommenderService(Database& db, const Clock& clock, RecommenderSettings settings = {});

    /// Checks every weight and limit (Invalid naming the field).
    [[nodiscard]] static Result<RecommenderSettings> validated(const RecommenderSettings& settings);

    [[nodiscard]] Result<ModelStatus> modelStatus();
    /// Trains and stores the model (always when `force`, else only when missing or stale).
    [[nodiscard]] Result<TrainingReport> trainModel(bool force = true,
                                                    const MatrixFactorization::EpochCallback& onEpoch = {});

    /// The `k` (1–100) best courses for a learner. Invalid: "learner", "k", or a settings field.
    [[nodiscard]] Result<CourseRecommendations> recommendCourses(const Id& learnerId, int k = 10, bool explain = true);
    /// The `k` best courses for a new enquiry (no id: the collaborative filter falls back to the
    /// courses' biases). Invalid: "goals", "level", "weekly_minutes", "k".
    [[nodiscard]] Result<CourseRecommendations> recommendCourses(const Enquiry& enquiry, int k = 10,
                                                                 bool explain = true);
    /// The `k` (1–100) best mentors for a learner.
    [[nodiscard]] Result<MentorRecommendations> recommendMentors(const Id& learnerId, int k = 10);
    /// The `k` best mentors for an enquiry. Invalid: "goals", "level", "weekly_minutes", "k".
    [[nodiscard]] Result<MentorRecommendations> recommendMentors(const Enquiry& enquiry, int k = 10);
    /// A learning path to the learner's goals within `weeks` × weekly minutes (0 = the learner's
    /// own weekly time), starting `start` (invalid = today in the studio's time zone).
    /// Invalid: "learner", "goals" (the learner has none), "weeks", "weekly_minutes", "start".
    [[nodiscard]] Result<LearningPath> planPath(const Id& learnerId, int weeks, int weeklyMinutes = 0,
                                                QDate start = {});
    /// A learning path for an enquiry's goals, level and weekly time.
    [[nodiscard]] Result<LearningPath> planPath(const Enquiry& enquiry, int weeks, QDate start = {});

    /// Today in the studio's time zone.
    [[nodiscard]] QDate today();

private:
    [[nodiscard]] Result<ModelUse> prepareModel(std::optional<StoredModel>& model);
    [[nodiscard]] Result<LearnerProfile> learnerProfile(const Id& learnerId);
    [[nodiscard]] Result<LearnerProfile> enquiryProfile(const Enquiry& enquiry);
    [[nodiscard]] Result<CourseRecommendations> rankCourses(const std::function<Result<LearnerProfile>()>& profile,
                                                            int k, bool explain);
    [[nodiscard]] Result<MentorRecommendations> rankMentors(const LearnerProfile& learner, int k);
    [[nodiscard]] Result<LearningPath> plan(const LearnerProfile& learner, int weeks, int weeklyMinutes, QDate start);

    Database& m_db;
    const Clock& m_clock;
    RecommenderSettings m_settings;
    Result<RecommenderSettings> m_valid;
};

} // namespace mentordesk
