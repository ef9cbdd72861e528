// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/BlendWeights.h"
#include "matcher/ContentFit.h"
#include "matcher/LearnerProfile.h"
#include "matcher/MatchReason.h"

#include <QCoreApplication>
#include <QList>
#include <span>
#include <vector>

namespace mentordesk {

class CourseCatalog;
class MatrixFactorization;
class TopicGraph;

/// Settings of CourseRecommender.
struct CourseRecommenderSettings
{
    BlendWeights weights;
    ContentFitSettings content;
    int maxReasons = 3;             ///< reasons named per suggestion
    int maxCaveats = 2;             ///< caveats named per suggestion
    double reasonThreshold = 0.005; ///< a factor is named only when |contribution| exceeds this
};

/// The factor values of one course for one learner, each in [0, 1].
struct CourseFactors
{
    double goal = 0.0;            ///< G
    double level = 0.0;           ///< L
    double time = 0.0;            ///< T
    double content = 0.0;         ///< D = wG·G + wL·L + wT·T
    double quality = 0.0;         ///< C
    double cf = 0.0;              ///< F = (r̂ − min) / (max − min), unclamped; 0 when not used
    double popularity = 0.0;      ///< P
    bool cfUsed = false;          ///< false: cold start (learner or course unknown to the model)
    double predictedRating = 0.0; ///< r̂ clamped to the rating scale, when cfUsed
    qint64 neededMinutes = 0;     ///< learner minutes to finish (C / E)
};

/// One suggested course.
struct CourseSuggestion
{
    Id courseId;
    QString title;
    double score = 0.0;
    CourseFactors factors;
    Explanation explanation; ///< empty unless asked for
};

/// The course blend (docs/matcher.md, "The blend"):
///     score = α·D + β·D·C + γ·F + δ·P      (weights normalised to sum 1)
/// When the collaborative filter cannot score a pair (no model, a learner or course without
/// ratings in it: cold start) the γ term is dropped and the rest is divided by α + β + δ, so
/// scores stay on one scale. Courses in LearnerProfile::takenCourses are never suggested.
/// Deterministic: ties go to the course earlier in the catalogue. Thread-safe for concurrent reads.
class CourseRecommender final
{
    Q_DECLARE_TR_FUNCTIONS(CourseRecommender)

public:
    /// `catalog`, `graph` and `model` (may be null) must outlive the recommender. Invalid settings
    /// fall back to the defaults (check them first with validated()).
    CourseRecommender(const CourseCatalog& catalog, const TopicGraph& graph, const MatrixFactorization* model,
                      const CourseRecommenderSettings& settings = {});

    /// Normalised weights and content settings, or Invalid naming the bad field.
    [[nodiscard]] static Result<CourseRecommenderSettings> validated(const CourseRecommenderSettings& settings);

    /// The `k` best courses for `learner`, best first, explained when `explain`.
    [[nodiscard]] QList<CourseSuggestion> recommend(const LearnerProfile& learner, int k, bool explain = true) const;
    /// The blend score of every catalogue course (NaN for taken courses), in catalogue order.
    [[nodiscard]] std::vector<float> scoreAll(const LearnerProfile& learner) const;
    /// One course, explained against all candidates (NotFound when it is not in the catalogue).
    [[nodiscard]] Result<CourseSuggestion> explainCourse(const LearnerProfile& learner, const Id& courseId) const;

    [[nodiscard]] const CourseRecommenderSettings& settings() const { return m_settings; }
    [[nodiscard]] bool hasModel() const { return m_model != nullptr; }

private:
    struct Pass;
    /// Scores every candidate into `scores` (NaN for taken courses). With `k` > 0 only the scores
    /// that can reach the top k are exact: the others are NaN (see resolveTopK()).
    [[nodiscard]] Pass score(const LearnerProfile& learner, const ContentFit& fit, std::vector<float>& scores,
                             int k = 0) const;
    /// Completes `scores` for the courses in `deferred` (which hold the blend without the γ term):
    /// exact where the course can still reach the top k, NaN where its upper bound cannot.
    /// `first` (ascending, a subset of `deferred`) are scored exactly first to set the threshold.
    void resolveTopK(const Pass& pass, std::span<const int> deferred, std::span<const int> first,
                     std::vector<float>& scores, int k) const;
    [[nodiscard]] CourseSuggestion describe(int course, const LearnerProfile& learner, const ContentFit& fit,
                                            const Pass& pass, bool explain) const;

    const CourseCatalog& m_catalog;
    const TopicGraph& m_graph;
    const MatrixFactorization* m_model = nullptr;
    CourseRecommenderSettings m_settings;
    std::vector<int> m_modelItem;        ///< catalogue index → model item index, −1 when unknown
    std::vector<float> m_itemNorm;       ///< catalogue index → ‖q_i‖ (rounded up), 0 when unknown
    std::vector<float> m_itemBias;       ///< catalogue index → b_i, 0 when unknown
    double m_itemBiasSum = 0.0;          ///< Σ b_i over the catalogue courses the model knows
    std::vector<double> m_itemFactorSum; ///< Σ q_i over the same courses
};

} // namespace mentordesk
