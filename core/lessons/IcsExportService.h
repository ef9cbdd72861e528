// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace mentordesk {

class Clock;
class Database;

/// What to export: one mentor's lessons on local days [from, to] (studio time zone, both inclusive;
/// an invalid date leaves that end open).
struct IcsExportRequest
{
    QString mentorId;
    QDate from;
    QDate to;
};

/// An exported calendar and the number of lessons (VEVENTs) in it.
struct IcsExport
{
    QByteArray data;
    int lessons = 0;
    QString mentorName;
};

/// Loads a mentor's lessons in a date range (cancelled ones included, tombstoned ones not) with their
/// course titles and writes them with IcsExporter, stamped with the clock's now. Read-only.
class IcsExportService final
{
    Q_DECLARE_TR_FUNCTIONS(IcsExportService)

public:
    IcsExportService(Database& db, const Clock& clock);

    /// Invalid ("mentor") for an empty id, NotFound for an unknown mentor, Invalid ("to") when `to` is
    /// before `from`.
    [[nodiscard]] Result<IcsExport> exportMentor(const IcsExportRequest& request);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
