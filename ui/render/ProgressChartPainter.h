// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressReportDocument.h"

#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace mentordesk {

/// Draws one enrollment's progress chart with QPainter (vector output on a PDF): P from 0 to 100 %
/// over time — the actual curve (solid), the projection at the recent pace (dashed) and the plan
/// (dotted) — with a percent axis, the first and last dates and a legend.
class ProgressChartPainter final
{
public:
    /// Paints into `area` (points). `legend`: actual, projected, planned; `axis`: "0 %" … "100 %".
    static void paint(QPainter& painter, const QRectF& area, const ProgressReportDocument::Enrollment& enrollment,
                      const QStringList& legend, const QStringList& axis, const QFont& font, const QLocale& locale);
    /// The time span the chart shows: from the first point to the last one of any series, at most two
    /// years after the last actual point (longer projections are cut there).
    [[nodiscard]] static QPair<QDate, QDate> span(const ProgressReportDocument::Enrollment& enrollment);
};

} // namespace mentordesk
