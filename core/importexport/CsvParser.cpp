// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/CsvParser.h"

#include <QHash>

namespace mentordesk {

namespace {
constexpr char16_t kQuote = u'"';
constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';
} // namespace

CsvParser::CsvParser(QStringView text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{}

Result<bool> CsvParser::failAt(int line, const QString& message)
{
    m_failed = true;
    m_errorLine = line;
    m_pos = m_text.size();
    return fail(Error::invalid(QString(), message));
}

bool CsvParser::atLineBreak() const
{
    return m_pos < m_text.size() && (m_text[m_pos] == kCr || m_text[m_pos] == kLf);
}

void CsvParser::skipLineBreak()
{
    if (m_pos < m_text.size() && m_text[m_pos] == kCr) {
        ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == kLf) {
            ++m_pos;
        }
        ++m_line;
    } else if (m_pos < m_text.size() && m_text[m_pos] == kLf) {
        ++m_pos;
        ++m_line;
    }
}

Result<bool> CsvParser::next(CsvRecord& record)
{
    if (m_failed) {
        return fail(Error::invalid(QString(), tr("The CSV text could not be read further.")));
    }
    const qsizetype n = m_text.size();
    // Blank lines are not records.
    while (atLineBreak()) {
        skipLineBreak();
    }
    if (m_pos >= n) {
        return false;
    }
    record.line = m_line;
    record.fields.clear();
    const QChar* data = m_text.data();
    while (true) {
        if (m_pos < n && data[m_pos] == kQuote) {
            const int startLine = m_line;
            ++m_pos;
            QString field;
            while (true) {
                const qsizetype start = m_pos;
                while (m_pos < n && data[m_pos] != kQuote) {
                    if (data[m_pos] == kCr) {
                        if (m_pos + 1 >= n || data[m_pos + 1] != kLf) {
                            ++m_line;
                        }
                    } else if (data[m_pos] == kLf) {
                        ++m_line;
                    }
                    ++m_pos;
                }
                field.append(m_text.sliced(start, m_pos - start));
                if (m_pos >= n) {
                    return failAt(startLine, tr("A quoted field is never closed (a \" is missing)."));
                }
                ++m_pos; // the quote
                if (m_pos < n && data[m_pos] == kQuote) {
                    field.append(QChar(kQuote)); // doubled quote
                    ++m_pos;
                    continue;
                }
                break;
            }
            while (m_pos < n && data[m_pos] == u' ' && m_delimiter != u' ') {
                ++m_pos;
            }
            if (m_pos < n && data[m_pos] != m_delimiter && data[m_pos] != kCr && data[m_pos] != kLf) {
                return failAt(m_line, tr("Unexpected text after a closing quote (a quote inside a quoted field "
                                         "must be doubled: \"\")."));
            }
            record.fields.append(std::move(field));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && data[m_pos] != m_delimiter && data[m_pos] != kCr && data[m_pos] != kLf) {
                ++m_pos;
            }
            record.fields.append(m_text.sliced(start, m_pos - start).toString());
        }
        if (m_pos < n && data[m_pos] == m_delimiter) {
            ++m_pos;
            if (m_pos >= n) {
                record.fields.append(QString()); // "a,b," ends with an empty field
                return true;
            }
            continue;
        }
        skipLineBreak(); // end of record (or of the text)
        return true;
    }
}

Result<QList<CsvRecord>> CsvParser::parseAll(QStringView text, QChar delimiter, int maxRecords)
{
    CsvParser parser(text, delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (maxRecords < 0 || records.size() < maxRecords) {
        auto more = parser.next(record);
        if (!more) {
            return fail(Error::invalid(QString(), tr("Line %1: %2").arg(parser.errorLine()).arg(more.error().message)));
        }
        if (!*more) {
            break;
        }
        records.append(std::move(record));
    }
    return records;
}

QChar CsvParser::detectDelimiter(QStringView text)
{
    static constexpr char16_t kCandidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestScore = 0.0;
    for (const char16_t candidate : kCandidates) {
        CsvParser parser(text, QChar(candidate));
        QHash<qsizetype, int> counts;
        int records = 0;
        CsvRecord record;
        while (records < kDetectionSample) {
            auto more = parser.next(record);
            if (!more || !*more) {
                break; // judge on what parsed before a syntax error
            }
            ++counts[record.fields.size()];
            ++records;
        }
        qsizetype modeFields = 0;
        int modeRecords = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > modeRecords || (it.value() == modeRecords && it.key() > modeFields)) {
                modeFields = it.key();
                modeRecords = it.value();
            }
        }
        if (modeFields <= 1 || records == 0) {
            continue;
        }
        const double score = static_cast<double>(modeRecords) / records;
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

QString CsvParser::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return QStringLiteral("comma");
    case u';':
        return QStringLiteral("semicolon");
    case u'\t':
        return QStringLiteral("tab");
    case u'|':
        return QStringLiteral("pipe");
    default:
        return QString(delimiter);
    }
}

std::optional<QChar> CsvParser::delimiterFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"comma" || n == u",") {
        return QChar(u',');
    }
    if (n == u"semicolon" || n == u";") {
        return QChar(u';');
    }
    if (n == u"tab" || name == u"\t") {
        return QChar(u'\t');
    }
    if (n == u"pipe" || n == u"|") {
        return QChar(u'|');
    }
    return std::nullopt;
}

} // namespace mentordesk
