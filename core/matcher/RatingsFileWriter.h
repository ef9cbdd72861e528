// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/RatingMatrix.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Writes ratings as UTF-8 CSV with the header `user,item,rating` (the format RatingsFileReader
/// reads). Ids containing a comma, a quote or spaces at either end are double-quoted.
class RatingsFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(RatingsFileWriter)

public:
    /// The CSV text.
    [[nodiscard]] static QByteArray toCsv(const RatingMatrix& ratings);
    /// Writes the file (replacing it atomically). Fails with Storage on an I/O error.
    /// Returns the number of ratings written.
    [[nodiscard]] static Result<int> writeCsv(const QString& path, const RatingMatrix& ratings);
};

} // namespace mentordesk
