// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/BiasBaseline.h"
#include "matcher/BlendWeights.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/RatingMatrix.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdint>
#include <functional>

namespace mentordesk {

/// Settings of one cross-validated evaluation.
struct EvaluationOptions
{
    int folds = 5;                   ///< 2–20, and at most the number of ratings
    int k = 10;                      ///< list length for precision/recall/NDCG, 1–1000
    float relevanceThreshold = 4.0F; ///< a test rating ≥ this is relevant
    std::uint64_t seed = 42;         ///< the fold split (the MF seed is mf.seed)
    MfParams mf;
    BiasBaselineParams bias;
    bool baselines = true; ///< also evaluate bias, global mean and popularity
    bool blend = true;     ///< also evaluate the course blend on the same MF model (BlendRankingModel)
    /// Its weights. A bare matrix has no content (the content weight is dropped) and "quality" is only
    /// the items' mean rating, so the default is tuned for this top-N protocol — cf 0.2, popularity
    /// 0.8 — rather than the studio's (docs/matcher.md, "Benchmarks").
    BlendWeights blendWeights{0.0, 0.0, 0.2, 0.8};
};

/// Scores of one model, means over the folds.
struct ModelEvaluation
{
    QString model;                 ///< "mf", "bias", "global_mean", "popularity", "blend"
    bool hasRatingMetrics = true;  ///< RMSE and MAE apply (false for popularity)
    bool hasRankingMetrics = true; ///< P/R/NDCG apply (false for the global mean, which cannot rank)
    double rmse = 0.0;
    double mae = 0.0;
    double precision = 0.0; ///< precision@k
    double recall = 0.0;    ///< recall@k
    double ndcg = 0.0;      ///< NDCG@k
    double trainMs = 0.0;   ///< training wall time per fold, milliseconds (not deterministic)
};

/// The result of EvaluationHarness::run.
struct EvaluationReport
{
    int ratings = 0;
    int users = 0;
    int items = 0;
    int folds = 0;
    int k = 0;
    float relevanceThreshold = 4.0F;
    QList<ModelEvaluation> models; ///< mf first, then the baselines, then the blend
};

/// Runs k-fold cross-validation of matrix factorisation, the baselines and the blend on one rating matrix:
/// per fold, train every model on the training part, predict the test ratings (RMSE, MAE), rank
/// (RankingEvaluator: P@k, R@k, NDCG@k), and average over the folds. Deterministic apart from the
/// training times.
class EvaluationHarness final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationHarness)

public:
    /// Called after each fold (1-based) with the number of folds; return false to cancel.
    using FoldCallback = std::function<bool(int fold, int folds)>;

    /// Fails with Invalid ("ratings" when empty, "folds", "k", or an MF parameter) or Refused when cancelled.
    [[nodiscard]] static Result<EvaluationReport>
    run(const RatingMatrix& ratings, const EvaluationOptions& options = {}, const FoldCallback& onFold = {});
};

} // namespace mentordesk
