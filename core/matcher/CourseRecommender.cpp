// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/CourseRecommender.h"

#include "matcher/CourseCatalog.h"
#include "matcher/CourseRecommenderPass.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/TopN.h"

#include <cmath>
#include <limits>

namespace mentordesk {

Result<CourseRecommenderSettings> CourseRecommender::validated(const CourseRecommenderSettings& settings)
{
    auto weights = BlendWeights::normalised(settings.weights);
    if (!weights) {
        return fail(weights.error());
    }
    auto content = ContentFit::validated(settings.content);
    if (!content) {
        return fail(content.error());
    }
    if (settings.maxReasons < 0 || settings.maxReasons > 10 || settings.maxCaveats < 0 || settings.maxCaveats > 10 ||
        !(settings.reasonThreshold >= 0.0)) {
        return fail(Error::invalid(QStringLiteral("reasons"),
                                   tr("Name between 0 and 10 reasons and caveats, with a threshold of at least 0.")));
    }
    CourseRecommenderSettings out = settings;
    out.weights = *weights;
    out.content = *content;
    return out;
}

CourseRecommender::CourseRecommender(const CourseCatalog& catalog, const TopicGraph& graph,
                                     const MatrixFactorization* model, const CourseRecommenderSettings& settings)
    : m_catalog(catalog)
    , m_graph(graph)
    , m_model(model)
    , m_settings(validated(settings).value_or(*validated(CourseRecommenderSettings{})))
{
    m_modelItem.assign(static_cast<std::size_t>(catalog.size()), -1);
    if (m_model) {
        for (int c = 0; c < catalog.size(); ++c) {
            m_modelItem[static_cast<std::size_t>(c)] = m_model->itemIndex(catalog.info(c).id);
        }
    }
}

CourseRecommender::Pass CourseRecommender::score(const LearnerProfile& learner, const ContentFit& fit,
                                                 std::vector<float>& scores) const
{
    Pass p;
    const BlendWeights& w = m_settings.weights;
    p.alpha = static_cast<float>(w.content);
    p.beta = static_cast<float>(w.quality);
    p.gamma = static_cast<float>(w.cf);
    p.delta = static_cast<float>(w.popularity);
    const double rest = w.content + w.quality + w.popularity;
    p.coldScale = rest > 0.0 ? static_cast<float>(1.0 / rest) : 0.0F;
    p.wGoal = static_cast<float>(fit.settings().goalWeight);
    p.wLevel = static_cast<float>(fit.settings().levelWeight);
    p.wTime = static_cast<float>(fit.settings().timeWeight);
    if (m_model && !learner.id.isEmpty()) {
        p.user = m_model->userIndex(learner.id);
        const float span = m_model->maxRating() - m_model->minRating();
        p.cfMin = m_model->minRating();
        p.cfScale = span > 0.0F ? 1.0F / span : 0.0F;
    }

    const int n = m_catalog.size();
    scores.assign(static_cast<std::size_t>(n), 0.0F);
    std::vector<std::uint8_t> taken(static_cast<std::size_t>(n), 0);
    for (const Id& id : learner.takenCourses) {
        if (const int c = m_catalog.indexOf(id); c >= 0) {
            taken[static_cast<std::size_t>(c)] = 1;
        }
    }
    const bool cfPossible = p.user >= 0 && p.gamma > 0.0F;
    for (int c = 0; c < n; ++c) {
        const auto ci = static_cast<std::size_t>(c);
        if (taken[ci] != 0) {
            scores[ci] = std::numeric_limits<float>::quiet_NaN();
            continue;
        }
        const float g = fit.goal(c);
        const float l = fit.level(c);
        const float t = fit.time(c);
        const float d = p.wGoal * g + p.wLevel * l + p.wTime * t;
        const float q = m_catalog.quality(c);
        const float pop = m_catalog.popularity(c);
        float raw = p.alpha * d + p.beta * d * q + p.delta * pop;
        const int item = m_modelItem[ci];
        if (cfPossible && item >= 0) {
            const float f = (m_model->unclampedPredict(p.user, item) - p.cfMin) * p.cfScale;
            scores[ci] = raw + p.gamma * f;
            p.sumCf += f;
            ++p.cfCount;
        } else {
            scores[ci] = raw * p.coldScale;
        }
        p.sumGoal += g;
        p.sumLevel += l;
        p.sumTime += t;
        p.sumContent += d;
        p.sumQuality += q;
        p.sumPopularity += pop;
        ++p.count;
    }
    return p;
}

std::vector<float> CourseRecommender::scoreAll(const LearnerProfile& learner) const
{
    const ContentFit fit(m_catalog, m_graph, learner, m_settings.content);
    std::vector<float> scores;
    (void)score(learner, fit, scores);
    return scores;
}

QList<CourseSuggestion> CourseRecommender::recommend(const LearnerProfile& learner, int k, bool explain) const
{
    const ContentFit fit(m_catalog, m_graph, learner, m_settings.content);
    std::vector<float> scores;
    const Pass pass = score(learner, fit, scores);
    QList<CourseSuggestion> out;
    for (const ScoredItem& top : TopN::select(scores, k)) {
        CourseSuggestion s = describe(top.item, learner, fit, pass, explain);
        s.score = top.score;
        out.append(std::move(s));
    }
    return out;
}

Result<CourseSuggestion> CourseRecommender::explainCourse(const LearnerProfile& learner, const Id& courseId) const
{
    const int c = m_catalog.indexOf(courseId);
    if (c < 0) {
        return fail(Error::notFound(tr("The course %1 is not among the courses that can be suggested.").arg(courseId)));
    }
    const ContentFit fit(m_catalog, m_graph, learner, m_settings.content);
    std::vector<float> scores;
    const Pass pass = score(learner, fit, scores);
    CourseSuggestion s = describe(c, learner, fit, pass, true);
    s.score = std::isnan(scores[static_cast<std::size_t>(c)]) ? 0.0 : scores[static_cast<std::size_t>(c)];
    return s;
}

} // namespace mentordesk
