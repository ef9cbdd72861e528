// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchQuery.h"

namespace mentordesk {

namespace {

QString escapeLike(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

} // namespace

SearchQuery SearchQuery::from(const QString& text)
{
    SearchQuery q;
    q.text = text.trimmed();
    const QString escaped = escapeLike(q.text);
    q.exact = escaped;
    q.prefix = escaped + u'%';
    q.wordPrefix = QStringLiteral("% ") + escaped + u'%';
    q.substring = u'%' + escaped + u'%';
    // Why: every title that starts with the text sorts (NOCASE) between the text and the text
    // followed by the highest code point, so the prefix query is a range scan of the name index.
    q.upperBound = q.text + QString::fromUcs4(U"\U0010FFFF");
    return q;
}

} // namespace mentordesk
