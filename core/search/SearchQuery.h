// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mentordesk {

/// The search text in the forms the SQL of SearchRepository binds. Pure.
struct SearchQuery
{
    QString text;       ///< trimmed search text, as typed
    QString exact;      ///< LIKE pattern matching the whole value ("text", wildcards escaped)
    QString prefix;     ///< LIKE pattern for values starting with the text ("text%")
    QString wordPrefix; ///< LIKE pattern for a later word starting with the text ("% text%")
    QString substring;  ///< LIKE pattern for the text anywhere ("%text%")
    QString upperBound; ///< exclusive upper bound of the NOCASE index range of titles starting with the text

    /// Builds the patterns for `text` (trimmed). LIKE wildcards `%` and `_` and the escape `\` in the
    /// text are escaped, so they match themselves (use `LIKE ? ESCAPE '\'`).
    [[nodiscard]] static SearchQuery from(const QString& text);
};

} // namespace mentordesk
