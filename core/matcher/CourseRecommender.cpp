// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/CourseRecommender.h"

#include "matcher/CourseCatalog.h"
#include "matcher/CourseRecommenderPass.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/TopN.h"

#include <algorithm>
#include <cmath>
#include <functional>
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
    const auto n = static_cast<std::size_t>(catalog.size());
    m_modelItem.assign(n, -1);
    m_itemNorm.assign(n, 0.0F);
    m_itemBias.assign(n, 0.0F);
    if (!m_model) {
        return;
    }
    m_itemFactorSum.assign(static_cast<std::size_t>(m_model->params().factors), 0.0);
    for (std::size_t c = 0; c < n; ++c) {
        const int item = m_model->itemIndex(catalog.info(static_cast<int>(c)).id);
        m_modelItem[c] = item;
        if (item < 0) {
            continue;
        }
        m_itemBias[c] = m_model->itemBias(item);
        m_itemBiasSum += m_itemBias[c];
        const std::span<const float> q = m_model->itemFactors(item);
        double squares = 0.0;
        for (std::size_t f = 0; f < q.size(); ++f) {
            squares += static_cast<double>(q[f]) * q[f];
            m_itemFactorSum[f] += q[f];
        }
        m_itemNorm[c] = std::nextafter(static_cast<float>(std::sqrt(squares)), std::numeric_limits<float>::max());
    }
}

namespace {

/// The blend of a course the collaborative filter scores: the other terms plus γ·F. One function
/// for both ways of scoring, so they agree bit for bit.
inline float withCf(float raw, float predicted, float cfMin, float cfScale, float gamma)
{
    const float f = (predicted - cfMin) * cfScale;
    return raw + gamma * f;
}

} // namespace

CourseRecommender::Pass CourseRecommender::score(const LearnerProfile& learner, const ContentFit& fit,
                                                 std::vector<float>& scores, int k) const
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
    // Why: with k > 0 the γ term is left out at first and only computed for courses whose upper
    // bound can still reach the top k (resolveTopK); the 50-factor dot products of the others, and
    // the memory they would read (20 MB for 100,000 courses), are skipped.
    const bool prune = cfPossible && k > 0;
    std::vector<float> predicted;
    std::vector<int> deferred;
    // The courses with the best blend without γ·F: their exact scores give the first threshold.
    std::vector<std::pair<float, int>> seeds;
    const std::size_t seedCount = prune ? static_cast<std::size_t>(4 * k) : 0;
    const auto worseSeed = [](const std::pair<float, int>& a, const std::pair<float, int>& b) {
        return a.first > b.first;
    };
    if (cfPossible) {
        p.cfBase = m_model->globalMean() + m_model->userBias(p.user);
        double squares = 0.0;
        for (const float x : m_model->userFactors(p.user)) {
            squares += static_cast<double>(x) * x;
        }
        p.userNorm = std::sqrt(squares);
        if (prune) {
            deferred.reserve(static_cast<std::size_t>(n));
        } else {
            predicted.resize(static_cast<std::size_t>(m_model->itemCount()));
            m_model->scoreItems(p.user, predicted);
        }
    }
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
        const float raw = p.alpha * d + p.beta * d * q + p.delta * pop;
        const int item = m_modelItem[ci];
        if (cfPossible && item >= 0) {
            if (prune) {
                scores[ci] = raw;
                deferred.push_back(c);
                if (seeds.size() < seedCount) {
                    seeds.emplace_back(raw, c);
                    std::push_heap(seeds.begin(), seeds.end(), worseSeed);
                } else if (raw > seeds.front().first) {
                    std::pop_heap(seeds.begin(), seeds.end(), worseSeed);
                    seeds.back() = {raw, c};
                    std::push_heap(seeds.begin(), seeds.end(), worseSeed);
                }
            } else {
                scores[ci] = withCf(raw, predicted[static_cast<std::size_t>(item)], p.cfMin, p.cfScale, p.gamma);
            }
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
    if (cfPossible) {
        // Σ F over the scored candidates from the catalogue-wide sums (F is linear in b_i and q_i):
        // Σ r̂ = n·(μ + b_u) + Σ b_i + p_u·Σ q_i, less the taken courses.
        double biasSum = m_itemBiasSum;
        std::vector<double> factorSum = m_itemFactorSum;
        for (int c = 0; c < n; ++c) {
            const int item = m_modelItem[static_cast<std::size_t>(c)];
            if (taken[static_cast<std::size_t>(c)] != 0 && item >= 0) {
                biasSum -= m_model->itemBias(item);
                const std::span<const float> qi = m_model->itemFactors(item);
                for (std::size_t f = 0; f < qi.size(); ++f) {
                    factorSum[f] -= qi[f];
                }
            }
        }
        const std::span<const float> pu = m_model->userFactors(p.user);
        double dot = 0.0;
        for (std::size_t f = 0; f < pu.size(); ++f) {
            dot += pu[f] * factorSum[f];
        }
        const double predictedSum = p.cfCount * static_cast<double>(p.cfBase) + biasSum + dot;
        p.sumCf = (predictedSum - p.cfCount * static_cast<double>(p.cfMin)) * p.cfScale;
    }
    if (prune) {
        std::vector<int> first;
        first.reserve(seeds.size());
        for (const auto& seed : seeds) {
            first.push_back(seed.second);
        }
        std::sort(first.begin(), first.end());
        resolveTopK(p, deferred, first, scores, k);
    }
    return p;
}

void CourseRecommender::resolveTopK(const Pass& p, std::span<const int> deferred, std::span<const int> first,
                                    std::vector<float>& scores, int k) const
{
    const auto exact = [&](int c) {
        const auto ci = static_cast<std::size_t>(c);
        scores[ci] =
            withCf(scores[ci], m_model->unclampedPredict(p.user, m_modelItem[ci]), p.cfMin, p.cfScale, p.gamma);
    };
    // Exact scores of the `first` courses (ascending); the k-th best of them is a score at least k
    // courses reach, so a course whose upper bound is strictly lower cannot enter the top k (ties
    // go to the lower index: equal bounds are kept).
    float threshold = -std::numeric_limits<float>::infinity();
    if (first.size() >= static_cast<std::size_t>(k)) {
        std::vector<float> seeded;
        seeded.reserve(first.size());
        for (const int c : first) {
            exact(c);
            seeded.push_back(scores[static_cast<std::size_t>(c)]);
        }
        std::nth_element(seeded.begin(), seeded.begin() + (k - 1), seeded.end(), std::greater<>());
        threshold = seeded[static_cast<std::size_t>(k - 1)];
    } else {
        for (const int c : first) {
            exact(c);
        }
    }
    // Upper bound of a final score: r̂ ≤ μ + b_u + b_i + ‖p_u‖·‖q_i‖ (Cauchy–Schwarz), with a
    // margin far above float rounding.
    const double gs = static_cast<double>(p.gamma) * p.cfScale;
    const double base = static_cast<double>(p.cfBase) - p.cfMin;
    const double reachScale = p.userNorm * (1.0 + 1e-3);
    std::size_t next = 0;
    for (const int c : deferred) {
        if (next < first.size() && first[next] == c) {
            ++next; // already exact
            continue;
        }
        const auto ci = static_cast<std::size_t>(c);
        const double bound = scores[ci] + gs * (base + m_itemBias[ci] + reachScale * m_itemNorm[ci] + 1e-3) + 1e-4;
        if (bound >= threshold) {
            exact(c);
        } else {
            scores[ci] = std::numeric_limits<float>::quiet_NaN();
        }
    }
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
    const Pass pass = score(learner, fit, scores, k);
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
