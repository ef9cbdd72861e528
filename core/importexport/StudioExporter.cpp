// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/StudioExporter.h"

#include "common/Clock.h"
#include "importexport/CsvWriter.h"
#include "importexport/ExportRepository.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QIODevice>
#include <QLocale>
#include <cmath>

namespace mentordesk {

namespace {

constexpr qsizetype kFlushBytes = 64 * 1024;

/// A JSON string literal (with quotes) for `text`, UTF-8.
QByteArray jsonString(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    qsizetype plainFrom = 0;
    const auto flushPlain = [&](qsizetype upTo) {
        if (upTo > plainFrom) {
            out.append(QStringView(text).sliced(plainFrom, upTo - plainFrom).toUtf8());
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            continue;
        }
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out.append("\\\"");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(QByteArray::number(static_cast<int>(c), 16).rightJustified(2, '0'));
        }
    }
    flushPlain(text.size());
    out.append('"');
    return out;
}

/// Writes `buffer` to `device` (when it holds at least `threshold` bytes) and empties it.
Result<void> drain(QIODevice& device, QByteArray& buffer, qsizetype threshold = 0)
{
    if (buffer.size() < threshold || buffer.isEmpty()) {
        return {};
    }
    if (device.write(buffer) != buffer.size()) {
        return fail(Error::storage(StudioExporter::tr("Cannot write the export: %1").arg(device.errorString())));
    }
    buffer.resize(0); // keeps the capacity
    return {};
}

QByteArray jsonValue(const QVariant& value)
{
    if (value.isNull()) {
        return QByteArrayLiteral("null");
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QByteArray::number(value.toLongLong());
    case QMetaType::Double: {
        const double d = value.toDouble();
        return std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                : QByteArrayLiteral("null");
    }
    case QMetaType::QByteArray:
        return jsonString(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return jsonString(value.toString());
    }
}

QString csvText(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    if (value.typeId() == QMetaType::Double) {
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (value.typeId() == QMetaType::QByteArray) {
        return QString::fromLatin1(value.toByteArray().toBase64());
    }
    return value.toString();
}

} // namespace

StudioExporter::StudioExporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QStringList StudioExporter::csvEntities()
{
    return {QStringLiteral("learners"), QStringLiteral("payers"),  QStringLiteral("mentors"),
            QStringLiteral("courses"),  QStringLiteral("lessons"), QStringLiteral("enrollments"),
            QStringLiteral("topics"),   QStringLiteral("ratings")};
}

Result<ExportStats> StudioExporter::writeJson(QIODevice& out, bool includeDeleted)
{
    if (auto allowed = Guard::studio(m_db, Action::ExportStudio); !allowed) {
        return fail(allowed.error());
    }
    // Why: one transaction gives every table the same snapshot; it is rolled back (nothing is written).
    auto snapshot = Transaction::begin(m_db);
    if (!snapshot) {
        return fail(snapshot.error());
    }
    ExportRepository repo(m_db);
    auto tables = repo.userTables();
    if (!tables) {
        return fail(tables.error());
    }
    QByteArray sink;
    sink.reserve(kFlushBytes + 4096);
    sink.append(QByteArrayLiteral("{\n  \"format\": \"mentordesk-studio\",\n  \"format_version\": 1,\n"));
    sink.append(QByteArrayLiteral("  \"schema_version\": ") + QByteArray::number(m_db.schemaVersion()) +
                QByteArrayLiteral(",\n  \"exported_at\": ") + jsonString(toSqlTime(m_clock.nowUtc())) +
                QByteArrayLiteral(",\n  \"include_deleted\": ") +
                (includeDeleted ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) +
                QByteArrayLiteral(",\n  \"tables\": {"));
    ExportStats stats;
    for (qsizetype t = 0; t < tables->size(); ++t) {
        const QString& table = tables->at(t);
        auto columns = repo.columns(table);
        if (!columns) {
            return fail(columns.error());
        }
        QList<QByteArray> keys;
        for (const TableColumn& c : *columns) {
            keys.append(jsonString(c.name) + QByteArrayLiteral(": "));
        }
        sink.append((t == 0 ? QByteArrayLiteral("\n    ") : QByteArrayLiteral(",\n    ")) + jsonString(table) +
                    QByteArrayLiteral(": ["));
        qint64 rowsInTable = 0;
        auto visited = repo.forEachRow(table, includeDeleted, [&](const QVariantList& values) -> Result<void> {
            sink.append(rowsInTable++ == 0 ? QByteArrayLiteral("\n      {") : QByteArrayLiteral(",\n      {"));
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (i > 0) {
                    sink.append(QByteArrayLiteral(", "));
                }
                sink.append(keys[i]);
                sink.append(jsonValue(values[i]));
            }
            sink.append(QByteArrayLiteral("}"));
            return drain(out, sink, kFlushBytes);
        });
        if (!visited) {
            return fail(visited.error());
        }
        sink.append(rowsInTable == 0 ? QByteArrayLiteral("]") : QByteArrayLiteral("\n    ]"));
        stats.rows += *visited;
        ++stats.tables;
    }
    sink.append(tables->isEmpty() ? QByteArrayLiteral("}\n}\n") : QByteArrayLiteral("\n  }\n}\n"));
    if (auto ok = drain(out, sink); !ok) {
        return fail(ok.error());
    }
    return stats;
}

Result<ExportStats> StudioExporter::writeCsv(QIODevice& out, const QString& entity, const CsvExportOptions& options)
{
    if (auto allowed = Guard::studio(m_db, Action::ExportStudio); !allowed) {
        return fail(allowed.error());
    }
    ExportRepository repo(m_db);
    const QString table = entity.trimmed().toLower();
    auto columns = repo.columns(table);
    if (!columns) {
        if (columns.error().code == ErrorCode::Invalid) {
            return fail(Error::invalid(QStringLiteral("entity"),
                                       tr("There is nothing called “%1” to export; choose one of: %2.")
                                           .arg(entity, csvEntities().join(QStringLiteral(", ")))));
        }
        return fail(columns.error());
    }
    CsvWriterOptions writerOptions;
    writerOptions.bom = options.bom;
    CsvWriter writer(out, writerOptions);
    QStringList header;
    for (const TableColumn& c : *columns) {
        header.append(c.name);
    }
    if (auto ok = writer.writeRow(header); !ok) {
        return fail(ok.error());
    }
    QStringList cells(header.size());
    auto visited = repo.forEachRow(table, options.includeDeleted, [&](const QVariantList& values) -> Result<void> {
        for (qsizetype i = 0; i < values.size(); ++i) {
            cells[i] = csvText(values[i]);
        }
        return writer.writeRow(cells);
    });
    if (!visited) {
        return fail(visited.error());
    }
    if (auto ok = writer.finish(); !ok) {
        return fail(ok.error());
    }
    return ExportStats{1, *visited};
}

} // namespace mentordesk
