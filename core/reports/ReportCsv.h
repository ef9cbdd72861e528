// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QVariant>

class QIODevice;

namespace mentordesk {

/// Writes a ReportTable as CSV through CsvWriter (UTF-8, CRLF, header row first). Dates are
/// "YYYY-MM-DD", numbers use '.' as the decimal point whatever the locale, null is an empty cell.
class ReportCsv final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    [[nodiscard]] static Result<void> write(const ReportTable& table, QIODevice& device);
    /// Creates or replaces the file at `path`; fails with Storage when it cannot be written.
    [[nodiscard]] static Result<void> writeFile(const ReportTable& table, const QString& path);
    /// The text of one cell as written.
    [[nodiscard]] static QString cellText(const QVariant& value);
};

} // namespace mentordesk
