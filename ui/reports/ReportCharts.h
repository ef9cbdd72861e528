// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/HoursReport.h"
#include "reports/RatingTrendReport.h"
#include "reports/UtilisationReport.h"

#include <QCoreApplication>

class QChart;

namespace mentordesk {

class Formatter;

/// Qt Charts for the weekly and monthly reports. Each function returns a new chart the caller
/// owns (QChartView::setChart takes it); hovering a bar or point shows its exact value in a tooltip.
class ReportCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    /// Stacked bars of hours per week, one bar set per mentor who taught in the range.
    [[nodiscard]] static QChart* hours(const HoursReport& report, const Formatter& format);
    /// Bars per mentor with availability: held minutes and held + scheduled minutes, in % of the
    /// available minutes over the range.
    [[nodiscard]] static QChart* utilisation(const UtilisationReport& report, const Formatter& format);
    /// Monthly average stars: one line per mentor (or per course, the `maxSeries` most rated), plus
    /// the studio-wide line.
    [[nodiscard]] static QChart* ratings(const RatingTrendReport& report, const Formatter& format, bool mentors,
                                         int maxSeries = 8);
};

} // namespace mentordesk
