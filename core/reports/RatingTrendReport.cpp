// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/RatingTrendReport.h"

#include <cmath>

namespace mentordesk {

std::optional<double> RatingTrendSeries::average(qsizetype month) const
{
    const int n = counts.value(month);
    if (n <= 0) {
        return std::nullopt;
    }
    return static_cast<double>(starSums.value(month)) / n;
}

std::optional<double> RatingTrendSeries::overall() const
{
    if (totalCount <= 0) {
        return std::nullopt;
    }
    return static_cast<double>(totalStars) / totalCount;
}

ReportTable RatingTrendReport::table() const
{
    ReportTable t;
    t.columns = {QStringLiteral("month"), QStringLiteral("kind"),    QStringLiteral("target_id"),
                 QStringLiteral("name"),  QStringLiteral("ratings"), QStringLiteral("average_stars")};
    const auto addRows = [&](qsizetype m, const QList<RatingTrendSeries>& series, const QString& kind) {
        for (const RatingTrendSeries& s : series) {
            if (const std::optional<double> avg = s.average(m)) {
                t.rows.append({months[m].toString(QStringLiteral("yyyy-MM")), kind, s.targetId, s.name, s.counts[m],
                               std::round(*avg * 100.0) / 100.0});
            }
        }
    };
    for (qsizetype m = 0; m < months.size(); ++m) {
        addRows(m, courses, QStringLiteral("course"));
        addRows(m, mentors, QStringLiteral("mentor"));
    }
    return t;
}

} // namespace mentordesk
