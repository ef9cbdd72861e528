// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace mentordesk::cli {

class CommandContext;

/// `report aging` as text and JSON: ReceivablesService's aging in the studio currency with a total row
/// (JSON: {"as_of", "rows": [{payer, payer_id, current, 1-30, 31-60, 61-90, 90+, total}], "totals"}).
/// Apart from ReportCommands.cpp because the billing headers it needs clash with the progress headers
/// ReportService pulls in (both define mentordesk::ProgressFraction).
class AgingOutput final
{
public:
    [[nodiscard]] static int print(CommandContext& ctx, const QDate& asOf);
};

} // namespace mentordesk::cli
