// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace mentordesk {

/// The days a report covers, both inclusive, in the studio's time zone. An invalid `from` or `to`
/// asks for the report's default (see ReportService::defaultRange).
struct ReportRange
{
    QDate from;
    QDate to;
};

} // namespace mentordesk
