// SPDX-License-Identifier: GPL-3.0-or-later
// Matcher: training matrix factorisation on a MovieLens-100k-shaped set (goal: well under 1 s),
// top-10 for one user among 100,000 items (goal: < 5 ms), and the 5-fold evaluation whose RMSE
// figures go into docs/matcher.md.
#include "matcher/BiasBaseline.h"
#include "matcher/EvaluationHarness.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/RatingsFileReader.h"
#include "matcher/RatingsFileWriter.h"
#include "matcher/SyntheticRatings.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace mentordesk;

namespace {

const RatingMatrix& movieLens()
{
    static const RatingMatrix m = SyntheticRatings::movieLens100kShaped();
    return m;
}

/// A trained model over 100,000 items (2,000 users × 50 ratings, planted factors) and one user's
/// rated items to exclude.
struct LargeCatalogue
{
    MatrixFactorization model;
    std::vector<int> rated;
};

const LargeCatalogue& largeCatalogue()
{
    static const LargeCatalogue c = [] {
        PlantedFactorsSpec spec;
        spec.users = 2000;
        spec.items = 100000;
        spec.ratingsPerUser = 50;
        const PlantedRatings data = SyntheticRatings::planted(spec);
        LargeCatalogue out;
        auto model = MatrixFactorization::train(data.ratings);
        if (!model) {
            qFatal("training failed: %s", qPrintable(model.error().message));
        }
        out.model = std::move(*model);
        for (int e = 0; e < data.ratings.size(); ++e) {
            if (data.ratings.users()[e] == 0) {
                out.rated.push_back(data.ratings.items()[e]);
            }
        }
        return out;
    }();
    return c;
}

void BM_GenerateMovieLensShaped(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(SyntheticRatings::movieLens100kShaped().size());
    }
}

void BM_ReadRatingsCsv100k(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ratings.csv"));
    if (!RatingsFileWriter::writeCsv(path, movieLens())) {
        state.SkipWithError("cannot write the ratings file");
        return;
    }
    for (auto _ : state) {
        auto content = RatingsFileReader::readFile(path);
        benchmark::DoNotOptimize(content->ratings.size());
    }
    state.counters["lines_per_s"] =
        benchmark::Counter(double(movieLens().size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_TrainBiasBaseline100k(benchmark::State& state)
{
    const RatingMatrix& m = movieLens();
    for (auto _ : state) {
        benchmark::DoNotOptimize(BiasBaseline::train(m).mean());
    }
}

void BM_TrainMf100k(benchmark::State& state)
{
    const RatingMatrix& m = movieLens();
    MfParams params;
    params.factors = static_cast<int>(state.range(0));
    for (auto _ : state) {
        auto model = MatrixFactorization::train(m, params);
        benchmark::DoNotOptimize(model->globalMean());
    }
    state.counters["ratings"] = m.size();
    state.counters["sgd_steps_per_s"] =
        benchmark::Counter(double(m.size()) * params.epochs * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Top10Among100kItems(benchmark::State& state)
{
    const LargeCatalogue& c = largeCatalogue();
    for (auto _ : state) {
        const std::vector<ScoredItem> top = c.model.recommend(0, 10, c.rated);
        benchmark::DoNotOptimize(top.data());
    }
    state.counters["items"] = c.model.itemCount();
}

void BM_Evaluate5FoldMovieLens100k(benchmark::State& state)
{
    const RatingMatrix& m = movieLens();
    for (auto _ : state) {
        auto report = EvaluationHarness::run(m);
        if (!report) {
            state.SkipWithError("evaluation failed");
            return;
        }
        for (const ModelEvaluation& model : report->models) {
            if (model.hasRatingMetrics) {
                state.counters["rmse_" + model.model.toStdString()] = model.rmse;
            }
            if (model.hasRankingMetrics) {
                state.counters["ndcg10_" + model.model.toStdString()] = model.ndcg;
            }
        }
    }
}

} // namespace

BENCHMARK(BM_GenerateMovieLensShaped)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadRatingsCsv100k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TrainBiasBaseline100k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TrainMf100k)->Arg(50)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Top10Among100kItems)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Evaluate5FoldMovieLens100k)->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
