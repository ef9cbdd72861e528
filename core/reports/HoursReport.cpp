// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/HoursReport.h"

#include <cmath>

namespace mentordesk {

ReportTable HoursReport::table() const
{
    ReportTable t;
    t.columns = {QStringLiteral("week_start"), QStringLiteral("mentor_id"), QStringLiteral("mentor"),
                 QStringLiteral("minutes"), QStringLiteral("hours")};
    for (qsizetype w = 0; w < weeks.size(); ++w) {
        for (const MentorWeekSeries& m : mentors) {
            const qint64 minutes = m.minutes.value(w);
            t.rows.append({weeks[w], m.mentorId, m.name, minutes, std::round(minutes / 60.0 * 100.0) / 100.0});
        }
    }
    return t;
}

} // namespace mentordesk
