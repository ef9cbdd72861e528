// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressReportDocument.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>

class QIODevice;

namespace mentordesk {

/// Lays a ProgressReportDocument out on A4 pages as PDF (QPdfWriter + QPainter, no widgets): studio
/// header, learner, per enrollment its figures and progress chart (ProgressChartPainter), mastery
/// per topic, the mentor's notes and "page x of y". Needs a QGuiApplication (offscreen is enough).
class ProgressReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReportRenderer)

public:
    /// Writes the PDF to an open device; `locale` formats the chart's dates. Returns the page count.
    [[nodiscard]] static Result<int> render(const ProgressReportDocument& document, const QLocale& locale,
                                            QIODevice& device);
    /// Writes the PDF to `path` (replacing it); returns the number of pages.
    [[nodiscard]] static Result<int> renderToFile(const ProgressReportDocument& document, const QLocale& locale,
                                                  const QString& path);
};

} // namespace mentordesk
