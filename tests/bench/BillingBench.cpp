// SPDX-License-Identifier: GPL-3.0-or-later
// Billing: a monthly billing run over the design-scale demo studio (goal: well under one second) and
// invoice PDF pages per second. The studio is not generated here (it takes minutes); make it with
//   mentordesk-cli --db /tmp/big.mentordesk demo --scale design --today 2026-11-20 --quiet
// or point MENTORDESK_BENCH_DB at one. MENTORDESK_BENCH_PERIOD picks the month (default 2026-07, a month
// the demo did not bill). The file is copied first; the benchmark never changes it.
#include "InvoicePdfRenderer.h"
#include "billing/BillingRun.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <unistd.h>

using namespace mentordesk;

namespace {

QString sourcePath()
{
    const QString env = qEnvironmentVariable("MENTORDESK_BENCH_DB");
    return env.isEmpty() ? QStringLiteral("/tmp/big.mentordesk") : env;
}

QString period()
{
    const QString env = qEnvironmentVariable("MENTORDESK_BENCH_PERIOD");
    return env.isEmpty() ? QStringLiteral("2026-07") : env;
}

/// Copies the studio and flushes the copy to disk. Why: a fresh copy is 570 MB of dirty page cache, and the
/// first checkpoint's fsync would write all of it back inside the timed run; a studio file on a user's disk
/// is not freshly written.
bool copyToDisk(const QString& from, const QString& to)
{
    if (!QFile::copy(from, to)) {
        return false;
    }
    QFile f(to);
    return f.open(QIODevice::ReadWrite) && ::fsync(f.handle()) == 0;
}

/// The private copy of the design-scale studio (closed before the application object goes: closing it
/// during static destruction crashed the program at exit).
std::unique_ptr<Database>& bigStudioHandle()
{
    static std::unique_ptr<Database> db;
    return db;
}

/// A private copy of the design-scale studio, opened once.
Database* bigStudio(QString* error)
{
    static QTemporaryDir dir;
    std::unique_ptr<Database>& db = bigStudioHandle();
    static QString failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        const QString copy = dir.filePath(QStringLiteral("big.mentordesk"));
        if (!QFile::exists(sourcePath())) {
            failure = QStringLiteral("no design-scale studio at %1: make one with `mentordesk-cli --db %1 demo --scale "
                                     "design --today 2026-11-20 --quiet` or set MENTORDESK_BENCH_DB")
                          .arg(sourcePath());
        } else if (!copyToDisk(sourcePath(), copy)) {
            failure = QStringLiteral("cannot copy %1").arg(sourcePath());
        } else {
            Database::Options options;
            options.createIfMissing = false;
            options.backupBeforeUpgrade = false;
            auto opened = Database::open(copy, options);
            if (opened) {
                db = std::move(*opened);
            } else {
                failure = opened.error().message;
            }
        }
    }
    *error = failure;
    return db.get();
}

const FixedClock& clock()
{
    static const FixedClock c(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    return c;
}

void runBilling(benchmark::State& state, bool dryRun)
{
    QString error;
    Database* db = bigStudio(&error);
    if (!db) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    qint64 drafts = 0;
    qint64 lessons = 0;
    for (auto _ : state) {
        auto r = BillingRun(*db, clock()).run(period(), dryRun);
        if (!r) {
            state.SkipWithError(r.error().message.toStdString().c_str());
            return;
        }
        drafts = r->drafts.size();
        lessons = r->lessonsBilled;
        benchmark::DoNotOptimize(r->linesTotal);
    }
    state.counters["drafts"] = static_cast<double>(drafts);
    state.counters["lessons"] = static_cast<double>(lessons);
}

/// Preview: the whole run, then a rollback.
void BM_MonthlyBillingRunPreview(benchmark::State& state)
{
    runBilling(state, true);
}
BENCHMARK(BM_MonthlyBillingRunPreview)->Unit(benchmark::kMillisecond)->Iterations(5)->Repetitions(5);

/// Committed run; after the first iteration it refreshes the month's drafts (the re-run case).
void BM_MonthlyBillingRunCommit(benchmark::State& state)
{
    runBilling(state, false);
}
BENCHMARK(BM_MonthlyBillingRunCommit)->Unit(benchmark::kMillisecond)->Iterations(5)->Repetitions(5);

/// A committing run on a studio that has not billed the month yet: every iteration takes a fresh copy (not
/// timed), so each run creates all drafts, lines and source links and commits them.
void BM_MonthlyBillingRunCommitFresh(benchmark::State& state)
{
    if (!QFile::exists(sourcePath())) {
        state.SkipWithError("no design-scale studio (see the top of this file)");
        return;
    }
    QTemporaryDir dir;
    int copies = 0;
    qint64 drafts = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString copy = dir.filePath(QStringLiteral("fresh-%1.mentordesk").arg(++copies));
        Database::Options options;
        options.createIfMissing = false;
        options.backupBeforeUpgrade = false;
        auto db = copyToDisk(sourcePath(), copy) ? Database::open(copy, options)
                                                 : Result<std::unique_ptr<Database>>(fail(Error::storage({})));
        if (!db) {
            state.SkipWithError("cannot copy or open the studio");
            return;
        }
        state.ResumeTiming();
        auto r = BillingRun(**db, clock()).run(period(), false);
        state.PauseTiming();
        if (!r) {
            state.SkipWithError(r.error().message.toStdString().c_str());
            return;
        }
        drafts = r->drafts.size();
        db->reset();
        QFile::remove(copy);
        state.ResumeTiming();
    }
    state.counters["drafts"] = static_cast<double>(drafts);
}
BENCHMARK(BM_MonthlyBillingRunCommitFresh)->Unit(benchmark::kMillisecond)->Iterations(3)->Repetitions(5);

InvoiceDocument sampleDocument(int lessons, const QString& language)
{
    InvoiceDocument d;
    d.language = language;
    d.title = QStringLiteral("Invoice");
    d.studioName = QStringLiteral("Harbour Lights Learning Studio");
    d.studioLines = {QStringLiteral("12 Marina Boulevard, #05-01, Singapore 018982"),
                     QStringLiteral("hello@harbourlights.example")};
    d.billToLabel = QStringLiteral("Bill to");
    d.payerName = QString::fromUtf8("陈静 (Chen Jing)");
    d.payerLines = {QStringLiteral("3 Orchard Road")};
    d.facts = {{QStringLiteral("Number"), QStringLiteral("INV-0042")},
               {QStringLiteral("Issue date"), QStringLiteral("2026-04-01")},
               {QStringLiteral("Due date"), QStringLiteral("2026-04-15")}};
    d.headers = {QStringLiteral("Description"), QStringLiteral("Quantity"), QStringLiteral("Unit price"),
                 QStringLiteral("Tax"), QStringLiteral("Amount")};
    for (int g = 0; g < 2; ++g) {
        InvoiceDocument::Group group{QStringLiteral("Learner %1 — Python Basics").arg(g + 1), {}};
        for (int i = 0; i < lessons / 2; ++i) {
            group.rows.append({QStringLiteral("Lesson 2026-03-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')),
                               QStringLiteral("1 h"), QStringLiteral("SGD 80.00 /h"), QStringLiteral("9%"),
                               QStringLiteral("SGD 80.00")});
        }
        d.groups.append(group);
    }
    d.taxTitle = QStringLiteral("Tax summary");
    d.taxHeaders = {QStringLiteral("Tax"), QStringLiteral("Net"), QStringLiteral("Tax"), QStringLiteral("Gross")};
    d.taxes = {{QStringLiteral("GST 9 %"), QStringLiteral("SGD 640.00"), QStringLiteral("SGD 57.60"),
                QStringLiteral("SGD 697.60")}};
    d.totals = {{QStringLiteral("Net"), QStringLiteral("SGD 640.00")},
                {QStringLiteral("Tax"), QStringLiteral("SGD 57.60")},
                {QStringLiteral("Total"), QStringLiteral("SGD 697.60")}};
    d.notes = {QStringLiteral("Please pay within 14 days of the issue date.")};
    d.pageTemplate = QStringLiteral("Page {page} of {pages}");
    return d;
}

/// A typical one-page monthly invoice (8 lessons) and a long one (120 lessons, several pages).
void BM_InvoicePdf(benchmark::State& state)
{
    const InvoiceDocument doc = sampleDocument(static_cast<int>(state.range(0)), QStringLiteral("en"));
    qint64 pages = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto n = InvoicePdfRenderer::render(doc, buffer);
        if (!n) {
            state.SkipWithError(n.error().message.toStdString().c_str());
            return;
        }
        pages += *n;
    }
    state.counters["pages_per_s"] = benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_InvoicePdf)->Arg(8)->Arg(120)->Unit(benchmark::kMillisecond)->Repetitions(5);

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bigStudioHandle().reset();
    return 0;
}
