// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RatingsFileReader.h"

#include <QFile>
#include <QRegularExpression>
#include <cmath>

namespace mentordesk {

namespace {

/// Splits one CSV line; double quotes group a field and "" inside them is a literal quote.
/// Returns false on an unterminated quote.
bool splitCsv(QStringView line, QStringList& fields)
{
    fields.clear();
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                current += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current.trimmed());
    return !quoted;
}

} // namespace

Result<RatingsFileContent> RatingsFileReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return fail(Error::storage(tr("Cannot open the ratings file “%1”: %2").arg(path, file.errorString())));
    }
    return read(file);
}

RatingsFileContent RatingsFileReader::read(QIODevice& device)
{
    return parse(QString::fromUtf8(device.readAll()));
}

RatingsFileContent RatingsFileReader::parse(const QString& text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    RatingsFileContent content;
    const auto bad = [&content](int line, const QString& reason) {
        if (content.badLines.size() < kMaxReportedBadLines) {
            content.badLines.append({line, reason});
        }
        ++content.badLineCount;
    };
    bool firstDataLine = true;
    int lineNumber = 0;
    QStringList fields;
    for (const QStringView raw : QStringView(text).split(u'\n')) {
        ++lineNumber;
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.contains(u',')) {
            if (!splitCsv(line, fields)) {
                bad(lineNumber, tr("a quoted field is not closed"));
                firstDataLine = false;
                continue;
            }
        } else {
            fields = line.toString().split(whitespace, Qt::SkipEmptyParts);
        }
        const bool mayBeHeader = firstDataLine;
        firstDataLine = false;
        if (fields.size() < 3 || fields.size() > 4) {
            bad(lineNumber,
                tr("expected 3 or 4 fields (user, item, rating[, timestamp]), found %1").arg(fields.size()));
            continue;
        }
        bool ok = false;
        const double rating = fields[2].toDouble(&ok);
        if (!ok && mayBeHeader) {
            content.hasHeader = true;
            continue;
        }
        if (fields[0].isEmpty() || fields[1].isEmpty()) {
            bad(lineNumber, fields[0].isEmpty() ? tr("the user id is empty") : tr("the item id is empty"));
            continue;
        }
        if (!ok || !std::isfinite(rating)) {
            bad(lineNumber, tr("the rating “%1” is not a number").arg(fields[2]));
            continue;
        }
        if (fields.size() == 4) {
            fields[3].toLongLong(&ok);
            if (!ok) {
                bad(lineNumber, tr("the timestamp “%1” is not a whole number").arg(fields[3]));
                continue;
            }
        }
        content.ratings.append({fields[0], fields[1], static_cast<float>(rating)});
    }
    return content;
}

} // namespace mentordesk
