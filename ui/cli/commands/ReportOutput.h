// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Currency.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace mentordesk::cli {

class CommandContext;

/// How the text table of a report shows the machine values.
struct ReportTextStyle
{
    /// Set: columns named "…_minor" are shown as money in this currency ("1234.50") under the
    /// name without the suffix.
    std::optional<Currency> currency;
    /// Columns named "minutes" or "…_minutes" are shown as hours and minutes ("7 h 45 min") under the
    /// name without "_minutes" ("minutes" becomes "time").
    bool minutesAsDuration = false;
};

/// Prints a report table the way the command line asks: CSV (`--csv`, to stdout or `--out FILE`),
/// JSON (`--json`: {"report", "from", "to", "columns", "rows": [objects]}) or an aligned text table.
/// CSV and JSON keep the table's machine values (money in minor units, durations in minutes); only the
/// text table is made readable as ReportTextStyle says.
class ReportOutput final
{
public:
    [[nodiscard]] static int print(CommandContext& ctx, const ReportTable& table, const QString& reportCode,
                                   QDate from = {}, QDate to = {}, const ReportTextStyle& style = {});
    /// Minutes as "45 min", "2 h", "7 h 45 min" (negative with a leading minus).
    [[nodiscard]] static QString duration(qint64 minutes);
    /// A table cell as JSON (dates as "YYYY-MM-DD", null as null).
    [[nodiscard]] static QJsonValue jsonValue(const QVariant& value);
    /// P in per mille as the CLI shows it: "53.3 %".
    [[nodiscard]] static QString percent(qint64 perMille);
};

} // namespace mentordesk::cli
