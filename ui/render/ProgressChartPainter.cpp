// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace mentordesk {

namespace {

const QColor kActual(33, 102, 172);
const QColor kProjected(230, 126, 34);
const QColor kPlanned(120, 120, 120);

} // namespace

QPair<QDate, QDate> ProgressChartPainter::span(const ProgressReportDocument::Enrollment& e)
{
    QDate first;
    QDate last;
    for (const auto* series : {&e.actual, &e.projected, &e.planned}) {
        for (const ProgressReportDocument::ChartPoint& p : *series) {
            if (!first.isValid() || p.date < first) {
                first = p.date;
            }
            if (!last.isValid() || p.date > last) {
                last = p.date;
            }
        }
    }
    if (!e.actual.isEmpty()) {
        last = std::min(last, e.actual.constLast().date.addYears(2));
    }
    if (first.isValid() && last <= first) {
        last = first.addDays(1);
    }
    return {first, last};
}

void ProgressChartPainter::paint(QPainter& painter, const QRectF& area, const ProgressReportDocument::Enrollment& e,
                                 const QStringList& legend, const QStringList& axis, const QFont& font,
                                 const QLocale& locale)
{
    const auto [first, last] = span(e);
    if (!first.isValid()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const qreal axisWidth = fm.horizontalAdvance(axis.value(axis.size() - 1)) + 6;
    const qreal legendHeight = fm.height() + 6;
    const QRectF plot(area.left() + axisWidth, area.top() + 4, area.width() - axisWidth - 8,
                      area.height() - legendHeight - fm.height() - 10);
    const qreal days = static_cast<qreal>(first.daysTo(last));
    const auto x = [&](const QDate& d) { return plot.left() + plot.width() * first.daysTo(d) / days; };
    const auto y = [&](int perMille) { return plot.bottom() - plot.height() * perMille / 1000.0; };

    // Grid and percent axis.
    for (qsizetype i = 0; i < axis.size(); ++i) {
        const int perMille = static_cast<int>(1000 * i / std::max<qsizetype>(1, axis.size() - 1));
        const qreal gy = y(perMille);
        painter.setPen(QPen(QColor(220, 220, 220), 0.5));
        painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        painter.setPen(QColor(90, 90, 90));
        painter.drawText(QRectF(area.left(), gy - fm.height() / 2, axisWidth - 4, fm.height()), Qt::AlignRight,
                         axis[i]);
    }
    painter.setPen(QPen(QColor(90, 90, 90), 0.8));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    // Dates: first, middle, last.
    const QString format = QStringLiteral("MMM yyyy");
    const qreal labelY = plot.bottom() + 3;
    painter.drawText(QRectF(plot.left(), labelY, 120, fm.height()), Qt::AlignLeft, locale.toString(first, format));
    painter.drawText(QRectF(plot.center().x() - 60, labelY, 120, fm.height()), Qt::AlignHCenter,
                     locale.toString(first.addDays(first.daysTo(last) / 2), format));
    painter.drawText(QRectF(plot.right() - 120, labelY, 120, fm.height()), Qt::AlignRight,
                     locale.toString(last, format));

    painter.setClipRect(plot.adjusted(-2, -2, 2, 2));
    const auto polyline = [&](const QList<ProgressReportDocument::ChartPoint>& points, const QPen& pen) {
        if (points.isEmpty()) {
            return;
        }
        QPainterPath path(QPointF(x(points.first().date), y(points.first().perMille)));
        for (qsizetype i = 1; i < points.size(); ++i) {
            path.lineTo(x(points[i].date), y(points[i].perMille));
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    };
    polyline(e.planned, QPen(kPlanned, 1.0, Qt::DotLine));
    polyline(e.projected, QPen(kProjected, 1.4, Qt::DashLine));
    polyline(e.actual, QPen(kActual, 1.8));
    if (!e.actual.isEmpty()) {
        const auto& now = e.actual.constLast();
        painter.setPen(Qt::NoPen);
        painter.setBrush(kActual);
        painter.drawEllipse(QPointF(x(now.date), y(now.perMille)), 2.2, 2.2);
    }
    painter.setClipping(false);

    // Legend below the dates.
    qreal lx = plot.left();
    const qreal ly = area.bottom() - legendHeight / 2;
    const QList<QPen> pens = {QPen(kActual, 1.8), QPen(kProjected, 1.4, Qt::DashLine),
                              QPen(kPlanned, 1.0, Qt::DotLine)};
    for (qsizetype i = 0; i < legend.size() && i < pens.size(); ++i) {
        painter.setPen(pens[i]);
        painter.drawLine(QPointF(lx, ly), QPointF(lx + 18, ly));
        painter.setPen(QColor(60, 60, 60));
        const qreal w = fm.horizontalAdvance(legend[i]);
        painter.drawText(QRectF(lx + 22, ly - fm.height() / 2, w + 2, fm.height()), Qt::AlignLeft, legend[i]);
        lx += 22 + w + 16;
    }
    painter.restore();
}

} // namespace mentordesk
