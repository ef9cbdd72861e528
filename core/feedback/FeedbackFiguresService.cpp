// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackFiguresService.h"

#include "feedback/FeedbackFiguresRepository.h"
#include "security/Guard.h"

namespace mentordesk {

namespace {

/// The Bayesian prior: the mean of all ratings of the kind, or the fallback without any.
double priorOf(const QList<FeedbackFiguresRepository::Tally>& tallies, double fallback)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (const auto& t : tallies) {
        sum += t.starSum;
        count += t.count;
    }
    return count > 0 ? static_cast<double>(sum) / static_cast<double>(count) : fallback;
}

RatedTarget rated(const FeedbackFiguresRepository::Tally& t, double prior, const BayesianSettings& bayes)
{
    return {BayesianRating::average(static_cast<double>(t.starSum), t.count, prior, bayes.priorWeight), t.count,
            t.count > 0 ? static_cast<double>(t.starSum) / t.count : 0.0};
}

} // namespace

FeedbackFiguresService::FeedbackFiguresService(Database& db)
    : m_db(db)
{}

Result<QList<CourseFigures>> FeedbackFiguresService::courses(const BayesianSettings& bayes,
                                                             const CourseQualityWeights& weights)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto tallies = FeedbackFiguresRepository(m_db).courses();
    if (!tallies) {
        return fail(tallies.error());
    }
    const double prior = priorOf(*tallies, bayes.fallbackPrior);
    QList<CourseFigures> out;
    out.reserve(tallies->size());
    for (const auto& t : std::as_const(*tallies)) {
        CourseFigures f{t.id, t.name, t.quality, t.practicality, rated(t, prior, bayes), 0.0};
        f.qualityScore = CourseQualityModel::score(t.quality, t.practicality, f.rating.score, weights);
        out.append(f);
    }
    return out;
}

Result<QList<MentorFigures>> FeedbackFiguresService::mentors(const BayesianSettings& bayes)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewMentors); !allowed) {
        return fail(allowed.error());
    }
    auto tallies = FeedbackFiguresRepository(m_db).mentors();
    if (!tallies) {
        return fail(tallies.error());
    }
    const double prior = priorOf(*tallies, bayes.fallbackPrior);
    QList<MentorFigures> out;
    out.reserve(tallies->size());
    for (const auto& t : std::as_const(*tallies)) {
        out.append({t.id, t.name, rated(t, prior, bayes)});
    }
    return out;
}

Result<RatingMatrix> FeedbackFiguresService::learnerCourseMatrix()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto triples = FeedbackFiguresRepository(m_db).courseRatings();
    if (!triples) {
        return fail(triples.error());
    }
    RatingMatrix m = RatingMatrix::fromTriples(*triples);
    m.setRatingScale(1.0F, 5.0F);
    return m;
}

} // namespace mentordesk
