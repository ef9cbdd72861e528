// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ProgressHistoryReport.h"

namespace mentordesk {

ReportTable ProgressHistoryReport::table() const
{
    ReportTable t;
    if (subject == Subject::Learner) {
        t.columns = {QStringLiteral("date"),   QStringLiteral("enrollment_id"), QStringLiteral("title"),
                     QStringLiteral("mentor"), QStringLiteral("held_minutes"),  QStringLiteral("progress")};
        for (qsizetype d = 0; d < dates.size(); ++d) {
            for (const EnrollmentHistory& e : enrollments) {
                const ProgressHistoryPoint& p = e.points.at(d);
                if (e.current.enrollment.startDate.isValid() && p.date < e.current.enrollment.startDate) {
                    continue;
                }
                t.rows.append({p.date, e.current.enrollment.id, e.current.enrollment.title,
                               e.current.enrollment.mentorName, p.heldMinutes, p.perMille / 1000.0});
            }
        }
        return t;
    }
    t.columns = {QStringLiteral("date"), QStringLiteral("enrollments"), QStringLiteral("average_progress"),
                 QStringLiteral("completed")};
    for (qsizetype d = 0; d < dates.size(); ++d) {
        int completed = 0;
        for (const EnrollmentHistory& e : enrollments) {
            if (e.points.at(d).perMille >= 1000) {
                ++completed;
            }
        }
        const std::optional<int> avg = averagePerMille.value(d);
        t.rows.append({dates[d], startedCount.value(d), avg ? QVariant(*avg / 1000.0) : QVariant(), completed});
    }
    return t;
}

} // namespace mentordesk
