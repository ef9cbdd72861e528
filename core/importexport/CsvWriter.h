// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace mentordesk {

/// How CsvWriter formats its output.
struct CsvWriterOptions
{
    QChar delimiter = u',';
    bool bom = false;               ///< start with a UTF-8 byte-order mark (helps Excel pick UTF-8)
    bool neutraliseFormulas = true; ///< apply FormulaGuard::protect() to every cell
};

/// Writes RFC 4180 CSV as UTF-8 with CRLF line ends to a QIODevice, buffered, row by row.
/// A cell is quoted when it contains the delimiter, a quote, CR or LF, or starts or ends with a
/// space; quotes inside are doubled. The formatting functions are pure and usable on their own.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    /// `device` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice& device, CsvWriterOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// Appends one record; writes to the device whenever the buffer fills.
    [[nodiscard]] Result<void> writeRow(const QStringList& cells);
    /// Writes what is buffered. Call once at the end; the destructor does not report errors.
    [[nodiscard]] Result<void> finish();

    /// One formatted cell (neutralised and quoted as the options say).
    [[nodiscard]] static QString formatCell(const QString& cell, const CsvWriterOptions& options);
    /// One formatted record including the CRLF line end.
    [[nodiscard]] static QString formatRow(const QStringList& cells, const CsvWriterOptions& options);

private:
    [[nodiscard]] Result<void> flush();

    QIODevice& m_device;
    CsvWriterOptions m_options;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace mentordesk
