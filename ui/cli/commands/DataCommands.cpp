// SPDX-License-Identifier: GPL-3.0-or-later
// `import csv`, `export json`, `export csv` (and, later, `demo`).
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "importexport/CsvImport.h"
#include "importexport/CsvParser.h"
#include "importexport/EntityImporter.h"
#include "importexport/ImporterRegistry.h"
#include "importexport/StudioExporter.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <functional>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataCommands)
};

// ---- import -------------------------------------------------------------------------------------

QString outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return QStringLiteral("imported");
    case ImportOutcome::DryRun:
        return QStringLiteral("dry_run");
    case ImportOutcome::Blocked:
        return QStringLiteral("blocked");
    case ImportOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject previewRow(const ImportReport& report, const QStringList& cells)
{
    QJsonObject row;
    for (qsizetype i = 0; i < report.columns.size() && i < cells.size(); ++i) {
        row.insert(report.columns[i], cells[i]);
    }
    return row;
}

QJsonObject reportJson(const ImportReport& report, const QString& file)
{
    QJsonArray errors;
    for (const RowError& e : report.errors) {
        errors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                  {QStringLiteral("field"), e.field},
                                  {QStringLiteral("message"), e.message}});
    }
    QJsonArray preview;
    for (const QStringList& cells : report.preview) {
        preview.append(previewRow(report, cells));
    }
    return {{QStringLiteral("entity"), report.entity},
            {QStringLiteral("file"), file},
            {QStringLiteral("encoding"), report.encoding},
            {QStringLiteral("delimiter"),
             report.delimiter.isNull() ? QString() : CsvParser::delimiterName(report.delimiter)},
            {QStringLiteral("outcome"), outcomeName(report.outcome)},
            {QStringLiteral("dry_run"), report.dryRun},
            {QStringLiteral("rows_read"), report.rowsRead},
            {QStringLiteral("rows_valid"), report.rowsValid},
            {QStringLiteral("rows_imported"), report.rowsImported},
            {QStringLiteral("rows_skipped"), report.rowsSkipped},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(report.ignoredColumns)},
            {QStringLiteral("columns"), QJsonArray::fromStringList(report.columns)},
            {QStringLiteral("preview"), preview}};
}

QString errorLine(const RowError& e)
{
    QString prefix;
    if (e.line > 0) {
        prefix = Tr::tr("line %1: ").arg(e.line);
    }
    if (!e.field.isEmpty()) {
        prefix += e.field + QStringLiteral(": ");
    }
    return prefix + e.message;
}

void printReport(CommandContext& ctx, const ImportReport& report)
{
    QTextStream& out = ctx.out();
    if (!report.encoding.isEmpty()) {
        out << (report.delimiter.isNull() ? Tr::tr("Encoding: %1").arg(report.encoding)
                                          : Tr::tr("Encoding: %1; delimiter: %2")
                                                .arg(report.encoding, CsvParser::delimiterName(report.delimiter)))
            << u'\n';
    }
    if (!report.ignoredColumns.isEmpty()) {
        out << Tr::tr("Ignored columns: %1").arg(report.ignoredColumns.join(QStringLiteral(", "))) << u'\n';
    }
    for (const RowError& e : report.errors) {
        ctx.err() << errorLine(e) << u'\n';
    }
    const qint64 bad = report.rowsRead - report.rowsValid;
    switch (report.outcome) {
    case ImportOutcome::Imported:
        out << Tr::tr("Imported %n row(s) into %1.", nullptr, static_cast<int>(report.rowsImported)).arg(report.entity)
            << u'\n';
        break;
    case ImportOutcome::DryRun:
        out << Tr::tr("Dry run: %n row(s) would be imported into %1; nothing was written.", nullptr,
                      static_cast<int>(report.rowsValid))
                   .arg(report.entity)
            << u'\n';
        break;
    case ImportOutcome::Blocked:
        if (report.rowsValid > 0 && bad > 0) {
            out << Tr::tr("Nothing was imported: %n row(s) have errors. Fix them, or use --skip-bad-rows to import "
                          "the %1 good rows.",
                          nullptr, static_cast<int>(bad))
                       .arg(report.rowsValid)
                << u'\n';
        } else {
            out << Tr::tr("Nothing was imported.") << u'\n';
        }
        break;
    case ImportOutcome::Cancelled:
        out << Tr::tr("The import was cancelled; nothing was written.") << u'\n';
        break;
    }
    if (report.rowsSkipped > 0) {
        out << Tr::tr("Skipped %n row(s) with errors.", nullptr, static_cast<int>(report.rowsSkipped)) << u'\n';
    }
    if (report.dryRun && !report.preview.isEmpty()) {
        out << u'\n' << Tr::tr("Preview (first %n row(s)):", nullptr, static_cast<int>(report.preview.size())) << u'\n';
        QJsonArray rows;
        for (const QStringList& cells : report.preview) {
            rows.append(previewRow(report, cells));
        }
        ctx.emitList(rows, report.columns);
    }
}

int runImportCsv(CommandContext& ctx)
{
    if (ctx.positionals().size() != 2) {
        return ctx.usageError(Tr::tr("expected an entity and a file, e.g. “import csv payers payers.csv”"));
    }
    const QString entity = ctx.positionals().at(0);
    const QString file = ctx.positionals().at(1);
    ImportOptions options;
    options.dryRun = ctx.has(QStringLiteral("dry-run"));
    options.skipBadRows = ctx.has(QStringLiteral("skip-bad-rows"));
    const auto encoding = TextDecoder::encodingFromName(ctx.value(QStringLiteral("encoding"), QStringLiteral("auto")));
    if (!encoding) {
        return ctx.failWith(Error::invalid(QStringLiteral("encoding"),
                                           Tr::tr("Unknown encoding “%1”; use auto, utf-8, utf-16le, utf-16be or "
                                                  "windows-1252.")
                                               .arg(ctx.value(QStringLiteral("encoding")))));
    }
    options.encoding = *encoding;
    const QString delimiter = ctx.value(QStringLiteral("delimiter"), QStringLiteral("auto"));
    if (delimiter.trimmed().toLower() != u"auto") {
        const auto d = CsvParser::delimiterFromName(delimiter);
        if (!d) {
            return ctx.failWith(Error::invalid(
                QStringLiteral("delimiter"),
                Tr::tr("Unknown delimiter “%1”; use auto, comma, semicolon, tab or pipe.").arg(delimiter)));
        }
        options.delimiter = *d;
    }

    ImporterOptions importerOptions;
    importerOptions.allowConflicts = ctx.has(QStringLiteral("allow-conflicts"));
    auto importer = ImporterRegistry::create(entity, ctx.db(), ctx.clock(), importerOptions);
    if (!importer) {
        return ctx.failWith(importer.error());
    }
    auto report = CsvImport(ctx.db(), **importer).run(file, options);
    if (!report) {
        return ctx.failWith(report.error());
    }
    if (ctx.json()) {
        ctx.emitObject(reportJson(*report, QDir::toNativeSeparators(file)));
    } else {
        printReport(ctx, *report);
    }
    return report->blocked() || report->outcome == ImportOutcome::Cancelled ? kExitInvalid : kExitOk;
}

// ---- export -------------------------------------------------------------------------------------

using Writer = std::function<Result<ExportStats>(QIODevice&)>;

/// Runs `write` into --out FILE (atomically, through QSaveFile) or onto standard output.
Result<ExportStats> writeExport(CommandContext& ctx, const Writer& write)
{
    const QString path = ctx.value(QStringLiteral("out"));
    if (!path.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(Error::storage(
                Tr::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
        }
        auto stats = write(file);
        if (!stats) {
            file.cancelWriting();
            return stats;
        }
        if (!file.commit()) {
            return fail(Error::storage(
                Tr::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
        }
        return stats;
    }
    // Why: a real stdout is streamed as bytes; an in-memory stream (tests) gets the text appended.
    if (QIODevice* device = ctx.out().device()) {
        ctx.out().flush();
        return write(*device);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto stats = write(buffer);
    if (stats) {
        ctx.out() << QString::fromUtf8(buffer.data());
    }
    return stats;
}

int finishExport(CommandContext& ctx, const Result<ExportStats>& stats, const QString& what)
{
    if (!stats) {
        return ctx.failWith(stats.error());
    }
    const QString path = ctx.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        return kExitOk; // the export itself went to stdout
    }
    return ctx.emitDone(Tr::tr("Exported %n row(s) of %1 to %2.", nullptr, static_cast<int>(stats->rows))
                            .arg(what, QDir::toNativeSeparators(path)),
                        {{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                         {QStringLiteral("tables"), stats->tables},
                         {QStringLiteral("rows"), stats->rows}});
}

int runExportJson(CommandContext& ctx)
{
    const bool includeDeleted = ctx.has(QStringLiteral("include-deleted"));
    StudioExporter exporter(ctx.db(), ctx.clock());
    const auto stats = writeExport(ctx, [&](QIODevice& device) { return exporter.writeJson(device, includeDeleted); });
    return finishExport(ctx, stats, Tr::tr("the studio"));
}

int runExportCsv(CommandContext& ctx)
{
    if (ctx.positionals().size() != 1) {
        return ctx.usageError(Tr::tr("expected one entity, e.g. “export csv payers”"));
    }
    const QString entity = ctx.positionals().constFirst();
    CsvExportOptions options;
    options.bom = ctx.has(QStringLiteral("bom"));
    options.includeDeleted = ctx.has(QStringLiteral("include-deleted"));
    StudioExporter exporter(ctx.db(), ctx.clock());
    const auto stats = writeExport(ctx, [&](QIODevice& device) { return exporter.writeCsv(device, entity, options); });
    return finishExport(ctx, stats, entity);
}

void registerImportCommands(CommandRegistry& registry)
{
    const QStringList entities = ImporterRegistry::availableEntities();
    registry.add(
        {QStringLiteral("import"),
         QStringLiteral("csv"),
         Tr::tr("Import records from a CSV file (entity: %1)").arg(entities.join(u'|')),
         {{QStringLiteral("dry-run"), QString(), Tr::tr("check and preview only; write nothing")},
          {QStringLiteral("skip-bad-rows"), QString(), Tr::tr("import the good rows even when some rows have errors")},
          {QStringLiteral("allow-conflicts"), QString(),
           Tr::tr("lessons: import a lesson even when it clashes with another lesson")},
          {QStringLiteral("encoding"), QStringLiteral("auto|utf-8|windows-1252"),
           Tr::tr("text encoding (default auto: BOM, else UTF-8, else Windows-1252)")},
          {QStringLiteral("delimiter"), QStringLiteral("auto|comma|semicolon|tab|pipe"),
           Tr::tr("field delimiter (default auto-detect)")}},
         QStringLiteral("ENTITY FILE"),
         QStringLiteral("  mentordesk-cli import csv payers families.csv --dry-run\n"
                        "  mentordesk-cli import csv learners learners.csv --skip-bad-rows\n"
                        "  mentordesk-cli import csv lessons lessons.csv --allow-conflicts\n"
                        "  mentordesk-cli import csv payers export.csv --encoding windows-1252 --delimiter semicolon\n"
                        "  mentordesk-cli --json import csv ratings ratings.csv --dry-run"),
         true,
         false,
         runImportCsv});
}

void registerExportCommands(CommandRegistry& registry)
{
    const OptionSpec out{QStringLiteral("out"), QStringLiteral("FILE"),
                         Tr::tr("write to FILE instead of standard output")};
    const OptionSpec deleted{QStringLiteral("include-deleted"), QString(), Tr::tr("also export deleted rows")};
    registry.add({QStringLiteral("export"),
                  QStringLiteral("json"),
                  Tr::tr("Export the whole studio as JSON"),
                  {out, deleted},
                  QString(),
                  QStringLiteral("  mentordesk-cli export json --out studio.json\n"
                                 "  mentordesk-cli export json --include-deleted > everything.json"),
                  true,
                  false,
                  runExportJson});
    registry.add(
        {QStringLiteral("export"),
         QStringLiteral("csv"),
         Tr::tr("Export one table as CSV (entity: %1, or any table)").arg(StudioExporter::csvEntities().join(u'|')),
         {out, {QStringLiteral("bom"), QString(), Tr::tr("start with a UTF-8 byte-order mark (for Excel)")}, deleted},
         QStringLiteral("ENTITY"),
         QStringLiteral("  mentordesk-cli export csv payers --out payers.csv --bom\n"
                        "  mentordesk-cli export csv lessons > lessons.csv"),
         true,
         false,
         runExportCsv});
}

} // namespace

void registerDataCommands(CommandRegistry& registry)
{
    registerImportCommands(registry);
    registerExportCommands(registry);
    // `demo` registers here as well (added separately).
}

} // namespace mentordesk::cli
