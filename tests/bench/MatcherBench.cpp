// SPDX-License-Identifier: GPL-3.0-or-later
// Matcher: training matrix factorisation on a MovieLens-100k-shaped set (goal: well under 1 s),
// top-10 for one user among 100,000 items (goal: < 5 ms) with MF alone and with the full course
// blend (content + quality + CF + popularity, explained), the learning-path planner, and the 5-fold
// evaluation (RMSE, P@10 of the blend vs popularity) whose figures go into docs/matcher.md.
#include "courses/TopicGraph.h"
#include "matcher/BiasBaseline.h"
#include "matcher/CourseCatalog.h"
#include "matcher/CourseRecommender.h"
#include "matcher/EvaluationHarness.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/PathPlanner.h"
#include "matcher/RatingsFileReader.h"
#include "matcher/RatingsFileWriter.h"
#include "matcher/SeededRandom.h"
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
    RatingMatrix ratings;
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
        out.ratings = data.ratings;
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

/// The same 100,000 items as courses: 1,000 topics in a prerequisite DAG (each topic may require up
/// to three earlier ones), one to three topics per course, random levels, hours, Q and U, rating
/// statistics and enrollments from the training ratings; the learner is user 0 (50 rated courses
/// taken) with three goals.
struct LargeStudio
{
    TopicGraph graph;
    CourseCatalog catalog;
    LearnerProfile learner;
};

const LargeStudio& largeStudio()
{
    static const LargeStudio s = [] {
        const LargeCatalogue& c = largeCatalogue();
        SeededRandom r(99);
        constexpr int kTopics = 1000;
        const auto topic = [](int t) { return QStringLiteral("topic-%1").arg(t); };
        QList<TopicEdge> edges;
        QHash<Id, QString> names;
        for (int t = 0; t < kTopics; ++t) {
            names.insert(topic(t), QStringLiteral("Topic %1").arg(t));
            for (int k = 0; t > 0 && k < 3; ++k) {
                if (r.below(2) == 0) {
                    edges.append({topic(t), topic(static_cast<int>(r.below(static_cast<std::uint64_t>(t))))});
                }
            }
        }
        QList<CourseInfo> courses;
        courses.reserve(c.ratings.itemCount());
        for (int i = 0; i < c.ratings.itemCount(); ++i) {
            CourseInfo info;
            info.id = c.ratings.itemId(i);
            info.title = QStringLiteral("Course %1").arg(i);
            info.level = 1 + static_cast<int>(r.below(5));
            info.contentMinutes = 300 + 60 * static_cast<int>(r.below(40));
            info.quality = 1 + static_cast<int>(r.below(10));
            info.practicality = 1 + static_cast<int>(r.below(10));
            const int topics = 1 + static_cast<int>(r.below(3));
            for (int k = 0; k < topics; ++k) {
                info.topics.append(topic(static_cast<int>(r.below(kTopics))));
            }
            courses.append(info);
        }
        for (int e = 0; e < c.ratings.size(); ++e) {
            CourseInfo& info = courses[c.ratings.items()[e]];
            ++info.ratingCount;
            info.ratingSum += c.ratings.ratings()[e];
            ++info.learners;
        }
        LargeStudio out{TopicGraph(edges), CourseCatalog::build(courses, names), {}};
        out.learner.id = c.ratings.userId(0);
        out.learner.level = 2;
        out.learner.weeklyMinutes = 180;
        out.learner.goals = {topic(900), topic(950), topic(999)};
        for (const int item : c.rated) {
            out.learner.takenCourses.insert(c.ratings.itemId(item));
        }
        return out;
    }();
    return s;
}

void BM_BlendTop10Among100kCourses(benchmark::State& state)
{
    const LargeStudio& s = largeStudio();
    const CourseRecommender recommender(s.catalog, s.graph, &largeCatalogue().model);
    const bool explain = state.range(0) != 0;
    for (auto _ : state) {
        const QList<CourseSuggestion> top = recommender.recommend(s.learner, 10, explain);
        benchmark::DoNotOptimize(top.data());
    }
    state.counters["courses"] = s.catalog.size();
    state.counters["topics"] = s.catalog.topicCount();
}

/// A learning path over a studio-sized catalogue: 40 courses, three goals needing up to 15 topics.
void BM_PlanPath15Topics(benchmark::State& state)
{
    SeededRandom r(3);
    const auto topic = [](int t) { return QStringLiteral("t%1").arg(t, 2, 10, QChar(u'0')); };
    QList<TopicEdge> edges;
    for (int t = 1; t < 15; ++t) {
        edges.append({topic(t), topic(static_cast<int>(r.below(static_cast<std::uint64_t>(t))))});
    }
    const TopicGraph graph(edges);
    PathRequest request;
    for (int c = 0; c < 40; ++c) {
        const int first = static_cast<int>(r.below(15));
        PlanCourse course{
            QStringLiteral("c%1").arg(c), QString(), 300 + 60 * static_cast<int>(r.below(20)), {topic(first)}};
        if (first + 1 < 15 && r.below(2) == 0) {
            course.topics.append(topic(first + 1));
        }
        request.courses.append(course);
    }
    request.goals = {{topic(14), 1.0}, {topic(12), 1.0}, {topic(9), 1.0}};
    request.weeklyMinutes = 240;
    request.weeks = 40;
    request.start = QDate(2026, 1, 5);
    for (auto _ : state) {
        auto plan = PathPlanner::plan(graph, request);
        benchmark::DoNotOptimize(plan->value);
    }
    state.counters["needed_topics"] = PathPlanner::plan(graph, request)->neededTopics;
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
                state.counters["p10_" + model.model.toStdString()] = model.precision;
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
BENCHMARK(BM_BlendTop10Among100kCourses)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanPath15Topics)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Evaluate5FoldMovieLens100k)->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
