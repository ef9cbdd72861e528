// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// Monthly ratings of one course or mentor (or of all of them).
struct RatingTrendSeries
{
    Id targetId; ///< empty for the studio-wide series
    QString name;
    QList<int> counts;      ///< per month of the report
    QList<qint64> starSums; ///< per month
    int totalCount = 0;
    qint64 totalStars = 0;

    /// Mean stars of month `month`; no value without ratings.
    [[nodiscard]] std::optional<double> average(qsizetype month) const;
    /// Mean stars over the whole range; no value without ratings.
    [[nodiscard]] std::optional<double> overall() const;
};

/// Rating trends: the monthly average stars per course (course ratings) and per mentor (ratings
/// of the mentor and of the lessons the mentor taught), by the local month of the rating.
struct RatingTrendReport
{
    QDate from; ///< first day of the first month
    QDate to;   ///< last day of the last month
    QList<QDate> months;
    QList<RatingTrendSeries> courses; ///< courses rated in the range, by name
    QList<RatingTrendSeries> mentors; ///< mentors rated in the range, by name
    RatingTrendSeries allCourses;     ///< every course rating of the studio
    RatingTrendSeries allMentors;     ///< every mentor and lesson rating of the studio

    /// Columns month, kind (course|mentor), target_id, name, ratings, average_stars (2 decimals) —
    /// one row per month and target that has ratings that month.
    [[nodiscard]] ReportTable table() const;
};

} // namespace mentordesk
