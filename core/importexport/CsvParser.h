// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace mentordesk {

/// One CSV record: its fields and the physical line (1-based) where it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// RFC 4180 reader over decoded text. Pure: no I/O, linear time.
///
/// Accepts quoted fields with doubled quotes, delimiters and line breaks inside quotes, CRLF, LF
/// and lone CR line ends, and a missing final line break. Lenient where files in the wild are:
/// a quote inside an unquoted field is kept literally (`5'11"`), spaces between a closing quote
/// and the delimiter are ignored, and blank lines are skipped. Records may have different field
/// counts (ragged rows); callers decide what that means. Malformed input — an unterminated quoted
/// field, or text after a closing quote — fails with the physical line number, never a crash.
class CsvParser final
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)

public:
    /// Number of records detectDelimiter() looks at.
    static constexpr int kDetectionSample = 50;

    /// Reads `text` (which must outlive the parser) split at `delimiter`.
    CsvParser(QStringView text, QChar delimiter);

    /// Reads the next record into `record`. Returns false at the end of the text. On malformed
    /// input fails with an Invalid error (message without the line; see errorLine()) and stays failed.
    [[nodiscard]] Result<bool> next(CsvRecord& record);
    /// Physical line of the last failure (0 when there was none).
    [[nodiscard]] int errorLine() const { return m_errorLine; }
    /// Characters consumed so far (for progress).
    [[nodiscard]] qsizetype position() const { return m_pos; }

    /// All records (at most `maxRecords` when >= 0). Failure messages start with the line number.
    [[nodiscard]] static Result<QList<CsvRecord>> parseAll(QStringView text, QChar delimiter, int maxRecords = -1);

    /// Trial-parses the first kDetectionSample records with each of `,` `;` TAB `|` and returns the
    /// one whose most common field count (> 1) is shared by the largest share of records; ties go
    /// to the earlier candidate in that order. Comma when no candidate gives more than one field.
    [[nodiscard]] static QChar detectDelimiter(QStringView text);

    /// "comma", "semicolon", "tab", "pipe" (or the character itself for others).
    [[nodiscard]] static QString delimiterName(QChar delimiter);
    /// Inverse of delimiterName(); also accepts the single characters. std::nullopt when unknown.
    [[nodiscard]] static std::optional<QChar> delimiterFromName(const QString& name);

private:
    [[nodiscard]] Result<bool> failAt(int line, const QString& message);
    void skipLineBreak();
    [[nodiscard]] bool atLineBreak() const;

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_errorLine = 0;
    bool m_failed = false;
};

} // namespace mentordesk
