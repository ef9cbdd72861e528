// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/CsvImport.h"

#include "importexport/CsvParser.h"
#include "importexport/EntityImporter.h"
#include "importexport/FormulaGuard.h"
#include "importexport/HeaderMapping.h"
#include "security/Guard.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace mentordesk {

namespace {

constexpr qint64 kProgressEvery = 100;

bool cancelled(const ImportOptions& options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

void reportProgress(const ImportOptions& options, ImportStage stage, qint64 done, qint64 total)
{
    if (options.progress && (done % kProgressEvery == 0 || done == total)) {
        options.progress(stage, done, total);
    }
}

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

} // namespace

CsvImport::CsvImport(Database& db, EntityImporter& importer)
    : m_db(db)
    , m_importer(importer)
{}

Result<ImportReport> CsvImport::run(const QString& path, const ImportOptions& options)
{
    if (auto allowed = Guard::studio(m_db, Action::ImportData); !allowed) {
        return fail(allowed.error());
    }
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(Error::storage(tr("There is no file “%1”.").arg(shown)));
    }
    if (!info.isFile()) {
        return fail(Error::storage(tr("“%1” is not a file.").arg(shown)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::storage(tr("Cannot read “%1”: %2").arg(shown, file.errorString())));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(Error::storage(tr("Cannot read “%1”: %2").arg(shown, file.errorString())));
    }
    return runBytes(bytes, options);
}

Result<ImportReport> CsvImport::runBytes(const QByteArray& bytes, const ImportOptions& options)
{
    if (auto allowed = Guard::studio(m_db, Action::ImportData); !allowed) {
        return fail(allowed.error());
    }
    ImportReport report;
    report.entity = m_importer.entity();
    report.dryRun = options.dryRun;
    for (const ColumnSpec& c : m_importer.columns()) {
        report.columns.append(c.key);
    }
    auto decoded = TextDecoder::decode(bytes, options.encoding);
    if (!decoded) {
        report.errors.append({0, decoded.error().field, decoded.error().message});
        return report;
    }
    report.encoding = decoded->encoding;
    QList<ImportRow> good;
    if (!check(decoded->text, options, report, good)) {
        return report;
    }
    decoded->text = QString(); // the rows hold what is still needed
    if (auto ok = write(good, options, report); !ok) {
        return fail(ok.error());
    }
    std::stable_sort(report.errors.begin(), report.errors.end(),
                     [](const RowError& a, const RowError& b) { return a.line < b.line; });
    return report;
}

bool CsvImport::check(const QString& text, const ImportOptions& options, ImportReport& report, QList<ImportRow>& good)
{
    report.delimiter = options.delimiter.isNull() ? CsvParser::detectDelimiter(text) : options.delimiter;
    CsvParser parser(text, report.delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (true) {
        auto more = parser.next(record);
        if (!more) {
            report.errors.append({parser.errorLine(), QString(), more.error().message});
            report.rowsRead = records.isEmpty() ? 0 : records.size() - 1;
            return false;
        }
        if (!*more) {
            break;
        }
        if (!records.isEmpty() && isBlank(record.fields)) {
            continue; // a line of only delimiters, as spreadsheets write them
        }
        records.append(std::move(record));
    }
    if (records.isEmpty()) {
        report.errors.append({0, QString(), tr("The file is empty; the first line must name the columns.")});
        return false;
    }

    const QList<ColumnSpec> columns = m_importer.columns();
    const CsvRecord& header = records.constFirst();
    const HeaderMapping mapping = options.mapping ? HeaderMapping(header.fields, columns, *options.mapping)
                                                  : HeaderMapping(header.fields, columns);
    report.ignoredColumns = mapping.ignoredColumns();
    for (const Error& e : mapping.errors()) {
        report.errors.append({header.line, e.field, e.message});
    }
    report.rowsRead = records.size() - 1;
    if (!mapping.errors().isEmpty()) {
        return false;
    }

    const qint64 total = report.rowsRead;
    const QList<int>& columnOfCell = mapping.columnOfCell();
    const qsizetype headerSize = header.fields.size();
    good.reserve(total);
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (cancelled(options)) {
            report.outcome = ImportOutcome::Cancelled;
            return false;
        }
        CsvRecord& rec = records[r];
        reportProgress(options, ImportStage::Checking, r, total);
        const qsizetype size = rec.fields.size();
        if (size < headerSize || (size > headerSize && !isBlank(rec.fields.mid(headerSize)))) {
            report.errors.append(
                {rec.line, QString(), tr("This row has %1 fields but the header has %2.").arg(size).arg(headerSize)});
            continue;
        }
        ImportRow row;
        row.line = rec.line;
        row.values = QStringList(columns.size());
        for (qsizetype i = 0; i < headerSize; ++i) {
            if (columnOfCell[i] >= 0) {
                row.values[columnOfCell[i]] = FormulaGuard::unprotect(rec.fields[i]);
            }
        }
        rec.fields = QStringList();
        auto valid = m_importer.validateRow(row);
        if (!valid) {
            report.errors.append({rec.line, valid.error().field, valid.error().message});
            continue;
        }
        valid->line = rec.line;
        good.append(std::move(*valid));
    }
    return true;
}

Result<void> CsvImport::write(QList<ImportRow>& good, const ImportOptions& options, ImportReport& report)
{
    const auto finish = [&](ImportOutcome outcome) {
        report.outcome = outcome;
        if (outcome != ImportOutcome::Imported) {
            report.rowsImported = 0;
        }
        report.rowsSkipped = outcome == ImportOutcome::Imported || outcome == ImportOutcome::DryRun
                                 ? report.rowsRead - report.rowsValid
                                 : 0;
    };
    if (good.isEmpty()) {
        finish(!report.errors.isEmpty() && !options.skipBadRows
                   ? ImportOutcome::Blocked
                   : (options.dryRun ? ImportOutcome::DryRun : ImportOutcome::Imported));
        return {};
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    const qint64 total = good.size();
    qint64 done = 0;
    for (ImportRow& row : good) {
        if (cancelled(options)) {
            tx->rollback();
            finish(ImportOutcome::Cancelled);
            return {};
        }
        auto id = m_importer.importRow(row);
        reportProgress(options, ImportStage::Writing, ++done, total);
        if (!id) {
            if (id.error().code == ErrorCode::Storage) {
                return fail(id.error()); // the transaction rolls back
            }
            report.errors.append({row.line, id.error().field, id.error().message});
            continue;
        }
        ++report.rowsValid;
        if (report.preview.size() < options.previewRows) {
            report.preview.append(row.values);
        }
    }
    good.clear();
    if (!report.errors.isEmpty() && !options.skipBadRows) {
        tx->rollback();
        finish(ImportOutcome::Blocked);
        return {};
    }
    if (options.dryRun) {
        tx->rollback();
        finish(ImportOutcome::DryRun);
        return {};
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    report.rowsImported = report.rowsValid;
    finish(ImportOutcome::Imported);
    return {};
}

} // namespace mentordesk
