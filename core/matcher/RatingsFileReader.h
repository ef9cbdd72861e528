// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/RatingMatrix.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

namespace mentordesk {

/// A line that could not be read, with its 1-based number and a translated reason.
struct BadRatingLine
{
    int line = 0;
    QString reason;
};

/// What RatingsFileReader found.
struct RatingsFileContent
{
    QList<RatingTriple> ratings;
    QList<BadRatingLine> badLines; ///< the first kMaxReportedBadLines bad lines
    int badLineCount = 0;          ///< all bad lines
    bool hasHeader = false;
};

/// Reads rating files: `user,item,rating[,timestamp]` CSV (fields may be double-quoted) or
/// whitespace/tab-separated columns in the same order (the MovieLens u.data layout). Each line is
/// classified on its own: a comma makes it CSV. The first data line is taken as a header when its
/// rating field is not a number. Blank lines and lines starting with '#' are skipped. Bad lines
/// (wrong field count, empty id, rating not a finite number, timestamp not a whole number) are
/// reported by number and otherwise ignored.
class RatingsFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(RatingsFileReader)

public:
    static constexpr int kMaxReportedBadLines = 100;

    /// Reads a file (UTF-8). Fails with Storage when it cannot be opened.
    [[nodiscard]] static Result<RatingsFileContent> readFile(const QString& path);
    /// Reads from an open device until its end.
    [[nodiscard]] static RatingsFileContent read(QIODevice& device);
    /// Parses text already in memory.
    [[nodiscard]] static RatingsFileContent parse(const QString& text);
};

} // namespace mentordesk
