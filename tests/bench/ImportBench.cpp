// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk import: rows/s through MentorDesk's repositories vs a raw sqlite3 C API loop, on the same
// schema (created by our migrations) and the same pragmas (WAL, synchronous FULL, foreign keys),
// one transaction each. Goal (DESIGN.md): ours ≥ 0.5× the raw loop.
#include "common/Clock.h"
#include "common/Id.h"
#include "courses/TopicService.h"
#include "importexport/CsvImport.h"
#include "importexport/LearnerImporter.h"
#include "people/MentorService.h"
#include "people/PayerRepository.h"
#include "people/PayerService.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>
#include <sqlite3.h>

using namespace mentordesk;

namespace {

constexpr int kRows = 20000;

QList<Payer> makePayers(int n)
{
    SeededIdGenerator ids(42);
    QList<Payer> out;
    out.reserve(n);
    const QDateTime t(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        Payer p;
        p.meta.id = ids.next();
        p.meta.createdAt = p.meta.updatedAt = t;
        p.meta.version = 1;
        p.name = QStringLiteral("Family %1").arg(i);
        p.email = QStringLiteral("family%1@example.com").arg(i);
        p.phone = QStringLiteral("+49 30 %1").arg(1000000 + i);
        p.address = QStringLiteral("Street %1, Berlin").arg(i);
        p.invoiceLanguage = (i % 3 == 0) ? QStringLiteral("zh_CN") : QStringLiteral("en");
        out.append(p);
    }
    return out;
}

QString freshStudio(const QTemporaryDir& dir, int iteration)
{
    const QString path = dir.filePath(QStringLiteral("bench-%1.mentordesk").arg(iteration));
    auto db = Database::open(path); // creates the schema with our migrations
    if (!db) {
        qFatal("cannot create bench studio: %s", qPrintable(db.error().message));
    }
    return path;
}

void BM_ImportPayers_Repository(benchmark::State& state)
{
    const QList<Payer> payers = makePayers(kRows);
    QTemporaryDir dir;
    int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshStudio(dir, iteration++);
        auto db = Database::open(path);
        state.ResumeTiming();
        PayerRepository repo(**db);
        auto tx = Transaction::begin(**db);
        for (const Payer& p : payers) {
            if (!repo.insert(p)) {
                state.SkipWithError("insert failed");
                break;
            }
        }
        if (!tx->commit()) {
            state.SkipWithError("commit failed");
        }
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(kRows) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_ImportPayers_RawSqlite(benchmark::State& state)
{
    const QList<Payer> payers = makePayers(kRows);
    QTemporaryDir dir;
    int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray path = freshStudio(dir, 1000 + iteration++).toUtf8();
        state.ResumeTiming();
        sqlite3* db = nullptr;
        sqlite3_open(path.constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", nullptr,
                     nullptr, nullptr);
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO payers (id, created_at, updated_at, updated_by, version, deleted_at, name, "
                           "email, phone, address, invoice_language, tax_id, notes, archived_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &st, nullptr);
        const QByteArray device("bench-device");
        for (const Payer& p : payers) {
            // Why: the raw loop converts from the same Qt structs, as any real import would.
            const QByteArray id = p.meta.id.toUtf8();
            const QByteArray created = toSqlTime(p.meta.createdAt).toUtf8();
            const QByteArray name = p.name.toUtf8();
            const QByteArray email = p.email.toUtf8();
            const QByteArray phone = p.phone.toUtf8();
            const QByteArray address = p.address.toUtf8();
            const QByteArray lang = p.invoiceLanguage.toUtf8();
            sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 2, created.constData(), int(created.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 3, created.constData(), int(created.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 4, device.constData(), int(device.size()), SQLITE_STATIC);
            sqlite3_bind_int64(st, 5, 1);
            sqlite3_bind_null(st, 6);
            sqlite3_bind_text(st, 7, name.constData(), int(name.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 8, email.constData(), int(email.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 9, phone.constData(), int(phone.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 10, address.constData(), int(address.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 11, lang.constData(), int(lang.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 12, "", 0, SQLITE_STATIC);
            sqlite3_bind_text(st, 13, "", 0, SQLITE_STATIC);
            sqlite3_bind_null(st, 14);
            if (sqlite3_step(st) != SQLITE_DONE) {
                state.SkipWithError(sqlite3_errmsg(db));
                break;
            }
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(kRows) * double(state.iterations()), benchmark::Counter::kIsRate);
}

/// A learners CSV of `n` rows whose payer, mentor and goal columns name records by name, as a
/// spreadsheet would.
QByteArray learnersCsv(int n)
{
    QString text = QStringLiteral("name,email,level,weekly_hours,tags,consent_contact,payer,mentor,goals\n");
    text.reserve(n * 100);
    for (int i = 0; i < n; ++i) {
        text += QStringLiteral("Learner %1,l%1@example.com,%2,1.5,\"piano,exam\",yes,Family %3,Mentor %4,Topic %5\n")
                    .arg(i)
                    .arg(1 + i % 5)
                    .arg(i % 500)
                    .arg(i % 15)
                    .arg(i % 40);
    }
    return text.toUtf8();
}

/// Whole CSV import of learners (decode, parse, validate, resolve names, write through LearnerService
/// with goals) into a studio file with 500 payers, 15 mentors and 40 topics.
void BM_ImportLearnersCsv(benchmark::State& state)
{
    const QByteArray csv = learnersCsv(kRows);
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    QTemporaryDir dir;
    int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Database::open(freshStudio(dir, 2000 + iteration++));
        for (int i = 0; i < 500; ++i) {
            PayerInput payer;
            payer.name = QStringLiteral("Family %1").arg(i);
            (void)PayerService(**db, clock).create(payer);
        }
        for (int i = 0; i < 15; ++i) {
            MentorInput mentor;
            mentor.name = QStringLiteral("Mentor %1").arg(i);
            (void)MentorService(**db, clock).create(mentor);
        }
        for (int i = 0; i < 40; ++i) {
            (void)TopicService(**db, clock).create({QStringLiteral("Topic %1").arg(i), QString(), QString()});
        }
        state.ResumeTiming();
        LearnerImporter importer(**db, clock);
        auto report = CsvImport(**db, importer).runBytes(csv, {});
        if (!report || report->rowsImported != kRows) {
            state.SkipWithError(report ? "rows were not imported" : "import failed");
            break;
        }
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(kRows) * double(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_ImportLearnersCsv)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_ImportPayers_RawSqlite)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ImportPayers_Repository)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
