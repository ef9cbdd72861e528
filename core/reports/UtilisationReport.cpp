// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/UtilisationReport.h"

#include <cmath>

namespace mentordesk {

std::optional<double> MentorUtilisation::ratio(qsizetype week) const
{
    if (availableMinutesPerWeek <= 0 || week < 0 || week >= heldMinutes.size()) {
        return std::nullopt;
    }
    return static_cast<double>(heldMinutes[week]) / availableMinutesPerWeek;
}

std::optional<double> MentorUtilisation::overallRatio() const
{
    if (availableMinutesPerWeek <= 0 || heldMinutes.isEmpty()) {
        return std::nullopt;
    }
    return static_cast<double>(totalHeld) / (static_cast<double>(availableMinutesPerWeek) * heldMinutes.size());
}

ReportTable UtilisationReport::table() const
{
    ReportTable t;
    t.columns = {QStringLiteral("week_start"),   QStringLiteral("mentor_id"),
                 QStringLiteral("mentor"),       QStringLiteral("available_minutes"),
                 QStringLiteral("held_minutes"), QStringLiteral("scheduled_minutes"),
                 QStringLiteral("utilisation")};
    for (qsizetype w = 0; w < weeks.size(); ++w) {
        for (const MentorUtilisation& m : mentors) {
            const std::optional<double> r = m.ratio(w);
            t.rows.append({weeks[w], m.mentorId, m.name, m.availableMinutesPerWeek, m.heldMinutes.value(w),
                           m.scheduledMinutes.value(w), r ? QVariant(std::round(*r * 1000.0) / 1000.0) : QVariant()});
        }
    }
    return t;
}

} // namespace mentordesk
