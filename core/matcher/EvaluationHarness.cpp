// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/EvaluationHarness.h"

#include "matcher/BlendRankingModel.h"
#include "matcher/GlobalMeanBaseline.h"
#include "matcher/KFoldSplitter.h"
#include "matcher/Metrics.h"
#include "matcher/PopularityBaseline.h"
#include "matcher/RankingEvaluator.h"

#include <QElapsedTimer>
#include <memory>
#include <vector>

namespace mentordesk {

namespace {

void accumulate(ModelEvaluation& total, const RatingModel& model, const RatingMatrix& train, const RatingMatrix& test,
                const EvaluationOptions& options, double trainMs)
{
    total.model = model.name();
    total.hasRatingMetrics = model.predictsRatings();
    total.hasRankingMetrics = model.ranksItems();
    if (total.hasRatingMetrics) {
        std::vector<float> predicted(static_cast<std::size_t>(test.size()));
        const std::span<const int> us = test.users();
        const std::span<const int> is = test.items();
        for (std::size_t e = 0; e < predicted.size(); ++e) {
            predicted[e] = model.predict(us[e], is[e]);
        }
        total.rmse += Metrics::rmse(predicted, test.ratings());
        total.mae += Metrics::mae(predicted, test.ratings());
    }
    if (total.hasRankingMetrics) {
        const RankingResult r = RankingEvaluator::evaluate(model, train, test, options.k, options.relevanceThreshold);
        total.precision += r.precision;
        total.recall += r.recall;
        total.ndcg += r.ndcg;
    }
    total.trainMs += trainMs;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<EvaluationReport> EvaluationHarness::run(const RatingMatrix& ratings, const EvaluationOptions& options,
                                                const FoldCallback& onFold)
{
    if (ratings.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("ratings"), tr("There are no ratings to evaluate.")));
    }
    if (options.folds < 2 || options.folds > 20) {
        return fail(Error::invalid(QStringLiteral("folds"),
                                   tr("The number of folds must be between 2 and 20 (got %1).").arg(options.folds)));
    }
    if (options.k < 1 || options.k > 1000) {
        return fail(Error::invalid(QStringLiteral("k"),
                                   tr("The list length k must be between 1 and 1000 (got %1).").arg(options.k)));
    }
    auto folds = KFoldSplitter::split(ratings.size(), options.folds, options.seed);
    if (!folds) {
        return fail(folds.error());
    }

    if (options.blend) {
        if (auto weights = BlendWeights::normalised(options.blendWeights); !weights) {
            return fail(weights.error());
        }
    }
    const int modelCount = (options.baselines ? 4 : 1) + (options.blend ? 1 : 0);
    std::vector<ModelEvaluation> totals(static_cast<std::size_t>(modelCount));
    int foldNumber = 0;
    for (const Fold& fold : *folds) {
        ++foldNumber;
        const RatingMatrix train = ratings.subset(fold.train);
        const RatingMatrix test = ratings.subset(fold.test);
        QElapsedTimer timer;
        timer.start();
        auto mf = MatrixFactorization::train(train, options.mf);
        if (!mf) {
            return fail(mf.error());
        }
        const double mfMs = elapsedMs(timer);
        accumulate(totals[0], *mf, train, test, options, mfMs);
        if (options.blend) {
            timer.restart();
            const BlendRankingModel blend(train, *mf, options.blendWeights);
            accumulate(totals.back(), blend, train, test, options, mfMs + elapsedMs(timer));
        }
        if (options.baselines) {
            timer.restart();
            const BiasBaseline bias = BiasBaseline::train(train, options.bias);
            accumulate(totals[1], bias, train, test, options, elapsedMs(timer));
            timer.restart();
            const GlobalMeanBaseline mean = GlobalMeanBaseline::train(train);
            accumulate(totals[2], mean, train, test, options, elapsedMs(timer));
            timer.restart();
            const PopularityBaseline popularity = PopularityBaseline::train(train);
            accumulate(totals[3], popularity, train, test, options, elapsedMs(timer));
        }
        if (onFold && !onFold(foldNumber, options.folds)) {
            return fail(Error::refused(tr("The evaluation was cancelled after fold %1.").arg(foldNumber)));
        }
    }

    EvaluationReport report;
    report.ratings = ratings.size();
    report.users = ratings.userCount();
    report.items = ratings.itemCount();
    report.folds = options.folds;
    report.k = options.k;
    report.relevanceThreshold = options.relevanceThreshold;
    const double n = options.folds;
    for (ModelEvaluation m : totals) {
        m.rmse /= n;
        m.mae /= n;
        m.precision /= n;
        m.recall /= n;
        m.ndcg /= n;
        m.trainMs /= n;
        report.models.append(m);
    }
    return report;
}

} // namespace mentordesk
