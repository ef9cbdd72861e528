// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/CsvWriter.h"

#include "importexport/FormulaGuard.h"

#include <QIODevice>

namespace mentordesk {

namespace {
constexpr qsizetype kFlushBytes = 64 * 1024;
}

CsvWriter::CsvWriter(QIODevice& device, CsvWriterOptions options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kFlushBytes + 4096);
    if (m_options.bom) {
        m_buffer.append("\xEF\xBB\xBF");
    }
}

CsvWriter::~CsvWriter()
{
    if (!m_failed) {
        (void)flush();
    }
}

QString CsvWriter::formatCell(const QString& cell, const CsvWriterOptions& options)
{
    const QString text = options.neutraliseFormulas ? FormulaGuard::protect(cell) : cell;
    bool quote = !text.isEmpty() && (text.front() == u' ' || text.back() == u' ');
    for (qsizetype i = 0; i < text.size() && !quote; ++i) {
        const QChar c = text[i];
        quote = c == options.delimiter || c == u'"' || c == u'\r' || c == u'\n';
    }
    if (!quote) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        if (c == u'"') {
            out.append(u'"');
        }
        out.append(c);
    }
    out.append(u'"');
    return out;
}

QString CsvWriter::formatRow(const QStringList& cells, const CsvWriterOptions& options)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line.append(options.delimiter);
        }
        line.append(formatCell(cells[i], options));
    }
    line.append(QStringLiteral("\r\n"));
    return line;
}

Result<void> CsvWriter::writeRow(const QStringList& cells)
{
    if (m_failed) {
        return fail(Error::storage(tr("The CSV output failed earlier: %1").arg(m_device.errorString())));
    }
    m_buffer.append(formatRow(cells, m_options).toUtf8());
    if (m_buffer.size() >= kFlushBytes) {
        return flush();
    }
    return {};
}

Result<void> CsvWriter::flush()
{
    if (m_buffer.isEmpty()) {
        return {};
    }
    if (m_device.write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        return fail(Error::storage(tr("Cannot write the CSV output: %1").arg(m_device.errorString())));
    }
    m_buffer.resize(0); // keeps the capacity
    return {};
}

Result<void> CsvWriter::finish()
{
    if (m_failed) {
        return fail(Error::storage(tr("Cannot write the CSV output: %1").arg(m_device.errorString())));
    }
    return flush();
}

} // namespace mentordesk
