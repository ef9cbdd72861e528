// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// One mentor's teaching load against their weekly availability.
struct MentorUtilisation
{
    Id mentorId;
    QString name;
    QString color;
    int availableMinutesPerWeek = 0; ///< sum of the mentor's weekly availability slots (as set today)
    QList<qint64> heldMinutes;       ///< per week: held lessons (actual minutes, else planned)
    QList<qint64> scheduledMinutes;  ///< per week: lessons still scheduled (planned minutes)
    qint64 totalHeld = 0;

    /// held ÷ available of week `week`; no value without availability.
    [[nodiscard]] std::optional<double> ratio(qsizetype week) const;
    /// All held minutes ÷ (available minutes × weeks); no value without availability.
    [[nodiscard]] std::optional<double> overallRatio() const;
};

/// Utilisation against availability per mentor per week. Availability has no history: the slots
/// as they are now apply to every week of the range.
struct UtilisationReport
{
    QDate from;
    QDate to;
    QList<QDate> weeks;
    QList<MentorUtilisation> mentors; ///< current mentors and any mentor who taught in the range, by name

    /// Columns week_start, mentor_id, mentor, available_minutes, held_minutes, scheduled_minutes,
    /// utilisation (held ÷ available, 3 decimals; empty without availability).
    [[nodiscard]] ReportTable table() const;
};

} // namespace mentordesk
