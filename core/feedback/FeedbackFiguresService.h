// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "feedback/FeedbackFigures.h"
#include "matcher/CourseQualityModel.h"
#include "matcher/RatingMatrix.h"

#include <QList>

namespace mentordesk {

class Database;

/// Feedback-derived figures from stored ratings (docs/matcher.md): course rating R(c) as a
/// Bayesian average (prior = the mean of all course ratings, 3.0 without any), course quality
/// C(c) = h(Q, U, R), the mentor coaching score (Bayesian average of mentor ratings, prior = the
/// mean of all mentor ratings) and the learner × course rating matrix the matcher trains on.
/// Reads only; sums are taken in SQL.
class FeedbackFiguresService final
{
public:
    explicit FeedbackFiguresService(Database& db);

    /// Every live course with R(c) and C(c), by title.
    [[nodiscard]] Result<QList<CourseFigures>> courses(const BayesianSettings& bayes = {},
                                                       const CourseQualityWeights& weights = {});
    /// Every live mentor with the coaching score, by name.
    [[nodiscard]] Result<QList<MentorFigures>> mentors(const BayesianSettings& bayes = {});
    /// Learners × courses from the live course ratings (stars 1–5; the rating scale is set to 1–5).
    [[nodiscard]] Result<RatingMatrix> learnerCourseMatrix();

private:
    Database& m_db;
};

} // namespace mentordesk
