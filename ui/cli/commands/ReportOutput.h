// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace mentordesk::cli {

class CommandContext;

/// Prints a report table the way the command line asks: CSV (`--csv`, to stdout or `--out FILE`),
/// JSON (`--json`: {"report", "from", "to", "columns", "rows": [objects]}) or an aligned text table.
class ReportOutput final
{
public:
    [[nodiscard]] static int print(CommandContext& ctx, const ReportTable& table, const QString& reportCode,
                                   QDate from = {}, QDate to = {});
    /// A table cell as JSON (dates as "YYYY-MM-DD", null as null).
    [[nodiscard]] static QJsonValue jsonValue(const QVariant& value);
    /// P in per mille as the CLI shows it: "53.3 %".
    [[nodiscard]] static QString percent(qint64 perMille);
};

} // namespace mentordesk::cli
