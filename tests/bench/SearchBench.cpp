// SPDX-License-Identifier: GPL-3.0-or-later
// Global search while typing: one GlobalSearch::search() on a studio with the design-scale people
// and catalogue (15 mentors, 2,000 learners, 200 courses; one year of lessons to keep set-up short).
// Budget: well under one frame (16 ms), so the desktop can search on the GUI thread.
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "search/GlobalSearch.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

using namespace mentordesk;

namespace {

Database& studio()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        const QString path = dir.filePath(QStringLiteral("search-bench.mentordesk"));
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        DemoOptions options = DemoOptions::designScale();
        options.years = 1;
        options.today = QDate(2026, 11, 20);
        if (auto made = DemoGenerator::createFile(path, clock, options); !made) {
            qFatal("cannot generate the studio: %s", qPrintable(made.error().message));
        }
        auto opened = Database::open(path);
        if (!opened) {
            qFatal("cannot open the studio: %s", qPrintable(opened.error().message));
        }
        return std::move(*opened);
    }();
    return *db;
}

void search(benchmark::State& state, const QString& text)
{
    Database& db = studio();
    qint64 hits = 0;
    for (auto _ : state) {
        auto found = GlobalSearch(db).search(text, 6);
        if (!found) {
            state.SkipWithError(qPrintable(found.error().message));
            break;
        }
        hits = found->size();
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = static_cast<double>(hits);
}

} // namespace

// One letter: every kind fills its limit from the name index (prefix range only).
BENCHMARK_CAPTURE(search, one_letter, QStringLiteral("a"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search, two_letters, QStringLiteral("li"))->Unit(benchmark::kMicrosecond);
// A surname: few prefixes, so the substring scan runs for every kind.
BENCHMARK_CAPTURE(search, surname, QStringLiteral("chen"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search, chinese, QStringLiteral("王"))->Unit(benchmark::kMicrosecond);
// No match at all: the worst case, a full scan of every table.
BENCHMARK_CAPTURE(search, no_match, QStringLiteral("qqqzzz"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search, email_part, QStringLiteral("example.c"))->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
