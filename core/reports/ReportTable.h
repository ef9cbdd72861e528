// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace mentordesk {

/// A report flattened to rows, for CSV export and the command line. Column names are stable machine
/// names (snake_case, English); values are QString, integers (minutes, counts), doubles (already
/// rounded to what is meaningful), QDate, or null for "no value".
struct ReportTable
{
    QStringList columns;
    QList<QVariantList> rows;
};

} // namespace mentordesk
