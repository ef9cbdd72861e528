// SPDX-License-Identifier: GPL-3.0-or-later
// The Today page and every report on the design-scale demo studio (15 mentors, 2,000 learners,
// ten years, ≈ 500,000 lessons). Goal (issue 5): each under 200 ms.
//
//   build/app/cli/mentordesk-cli --db /tmp/big.mentordesk demo --scale design --today 2026-11-20 --quiet
//   MENTORDESK_BENCH_DB=/tmp/big.mentordesk build/tests/bench/reports_bench --benchmark_repetitions=5
//
// Without MENTORDESK_BENCH_DB the program says so and exits successfully. MENTORDESK_BENCH_CACHE_MB=64
// runs with a 64 MiB SQLite page cache instead of the default 2 MiB (to weigh that pragma).
#include "common/Clock.h"
#include "feedback/FeedbackFiguresService.h"
#include "progress/ProgressService.h"
#include "reports/ReportService.h"
#include "reports/TodayService.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace mentordesk;

namespace {

std::unique_ptr<Database> g_db;
const FixedClock g_clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)); // the demo's "today"
Id g_learner;
Id g_enrollment;
Id g_course;

/// The learner with the most enrollments, one of their enrollments, and the course with the most enrollments.
void pickSubjects()
{
    auto s = g_db->prepare(QStringLiteral("SELECT learner_id, id FROM enrollments WHERE deleted_at IS NULL "
                                          "AND learner_id = (SELECT learner_id FROM enrollments GROUP BY learner_id "
                                          "ORDER BY count(*) DESC LIMIT 1) ORDER BY start_date DESC LIMIT 1"));
    if (s && s->exec() && s->next()) {
        g_learner = s->text(0);
        g_enrollment = s->text(1);
    }
    auto c = g_db->prepare(QStringLiteral("SELECT course_id FROM enrollments WHERE course_id IS NOT NULL "
                                          "GROUP BY course_id ORDER BY count(*) DESC LIMIT 1"));
    if (c && c->exec() && c->next()) {
        g_course = c->text(0);
    }
}

template <typename F>
void run(benchmark::State& state, F&& f)
{
    for (auto _ : state) {
        auto r = f();
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            break;
        }
        benchmark::DoNotOptimize(r);
    }
}

void BM_TodayPage(benchmark::State& state)
{
    run(state, [] { return TodayService(*g_db, g_clock).summary(); });
}

/// What the Today page shows at once; it computes the at-risk list in the background.
void BM_TodayPage_WithoutAtRisk(benchmark::State& state)
{
    run(state, [] { return TodayService(*g_db, g_clock).summary(TodayService::kAwaitingLimit, false); });
}

void BM_AtRiskList(benchmark::State& state)
{
    run(state, [] { return ProgressService(*g_db, g_clock).atRisk(); });
}

void BM_EnrollmentProgress(benchmark::State& state)
{
    run(state, [] { return ProgressService(*g_db, g_clock).enrollment(g_enrollment); });
}

void BM_HoursPerMentor_12Weeks(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).hours(); });
}

void BM_HoursPerMentor_52Weeks(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).hours({QDate(2025, 11, 24), QDate(2026, 11, 20)}); });
}

void BM_Utilisation_12Weeks(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).utilisation(); });
}

void BM_LearnerProgress(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).learnerProgress(g_learner); });
}

void BM_CourseProgress_52Weeks(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).courseProgress(g_course); });
}

void BM_RatingTrends_12Months(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).ratings(); });
}

void BM_AtRiskReportTable(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).atRisk(); });
}

void BM_Revenue_12Months(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).revenue({}); });
}

void BM_Packages(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).packages(); });
}

void BM_Aging(benchmark::State& state)
{
    run(state, [] { return ReportService(*g_db, g_clock).aging(QDate(2026, 11, 20)); });
}

void BM_CourseFigures(benchmark::State& state)
{
    run(state, [] { return FeedbackFiguresService(*g_db).courses(); });
}

} // namespace

BENCHMARK(BM_TodayPage)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TodayPage_WithoutAtRisk)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AtRiskList)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EnrollmentProgress)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_HoursPerMentor_12Weeks)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_HoursPerMentor_52Weeks)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Utilisation_12Weeks)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_LearnerProgress)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CourseProgress_52Weeks)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RatingTrends_12Months)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AtRiskReportTable)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Revenue_12Months)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Packages)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Aging)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CourseFigures)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable("MENTORDESK_BENCH_DB");
    if (path.isEmpty()) {
        std::puts("reports_bench: set MENTORDESK_BENCH_DB to a design-scale demo studio, e.g.\n"
                  "  mentordesk-cli --db /tmp/big.mentordesk demo --scale design --today 2026-11-20 --quiet\n"
                  "Skipped.");
        return 0;
    }
    auto db = Database::open(path, Database::Options{false, false, false, 5000, nullptr});
    if (!db) {
        std::fprintf(stderr, "reports_bench: cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
        return 1;
    }
    g_db = std::move(*db);
    if (const int cacheMb = qEnvironmentVariableIntValue("MENTORDESK_BENCH_CACHE_MB"); cacheMb > 0) {
        if (!g_db->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMb * 1024))) {
            std::fprintf(stderr, "reports_bench: cannot set the page cache size\n");
            return 1;
        }
        std::printf("reports_bench: SQLite page cache %d MiB\n", cacheMb);
    }
    pickSubjects();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
