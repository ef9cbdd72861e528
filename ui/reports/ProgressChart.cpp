// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ProgressChart.h"

#include "common/Formatter.h"
#include "reports/ChartStyle.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace mentordesk {

namespace {

qreal ms(QDate date)
{
    return static_cast<qreal>(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QDate dateOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x), Qt::UTC).date();
}

/// A straight segment from (a, pa) to (b, pb), cut at `limit` (value interpolated).
void addSegment(QLineSeries& line, QDate a, double pa, QDate b, double pb, QDate limit)
{
    line.append(ms(a), pa);
    if (b > limit && a < limit) {
        const double t = static_cast<double>(a.daysTo(limit)) / static_cast<double>(a.daysTo(b));
        line.append(ms(limit), pa + t * (pb - pa));
    } else {
        line.append(ms(b), pb);
    }
}

} // namespace

QChart* ProgressChart::build(const ProgressHistoryReport& report, const Formatter& format, const Id& enrollmentId)
{
    auto* chart = new QChart;
    ChartStyle::apply(
        *chart,
        report.subject == ProgressHistoryReport::Subject::Learner
            ? tr("Progress of %1 — solid: actual, dashed: projected, dotted: planned").arg(report.subjectName)
            : tr("Progress in %1 — solid: actual, dashed: projected, dotted: planned").arg(report.subjectName),
        format.locale());
    QList<EnrollmentHistory> shown;
    for (const EnrollmentHistory& h : report.enrollments) {
        if (enrollmentId.isEmpty() || h.current.enrollment.id == enrollmentId) {
            shown.append(h);
        }
    }
    QDate first = report.from;
    QDate last = report.to;
    const QDate limit = report.to.addYears(2);
    for (const EnrollmentHistory& h : std::as_const(shown)) {
        const EnrollmentSummary& e = h.current.enrollment;
        if (e.startDate.isValid() && e.plannedEndDate.isValid()) {
            first = std::min(first, e.startDate);
            last = std::max(last, std::min(e.plannedEndDate, limit));
        }
        if (h.current.report.projectedFinish) {
            last = std::max(last, std::min(*h.current.report.projectedFinish, limit));
        }
    }
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(ChartStyle::monthAxisFormat(format.locale()));
    x->setRange(QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC));
    x->setTickCount(std::clamp(static_cast<int>(first.daysTo(last) / 30) + 1, 2, 10));
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis(chart);
    y->setRange(0.0, 100.0);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->setTitleText(tr("Progress"));
    chart->addAxis(y, Qt::AlignLeft);

    const auto add = [&](QLineSeries* line, bool inLegend) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        for (QLegendMarker* marker : chart->legend()->markers(line)) {
            marker->setVisible(inLegend);
        }
    };
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const EnrollmentHistory& h = shown[i];
        const EnrollmentSummary& e = h.current.enrollment;
        const QColor color = ChartStyle::palette(static_cast<int>(i));
        auto* actual = new QLineSeries(chart);
        actual->setName(e.title);
        actual->setPointsVisible(true);
        QPen solid(color);
        solid.setWidthF(2.5);
        actual->setPen(solid);
        for (const ProgressHistoryPoint& p : h.points) {
            if (!e.startDate.isValid() || p.date >= e.startDate) {
                actual->append(ms(p.date), p.perMille / 10.0);
            }
        }
        QObject::connect(actual, &QLineSeries::hovered, chart, [format, title = e.title](const QPointF& p, bool on) {
            if (on) {
                QToolTip::showText(QCursor::pos(), tr("%1 on %2: %3 %")
                                                       .arg(title, format.date(dateOf(p.x())),
                                                            format.locale().toString(p.y(), 'f', 1)));
            }
        });
        add(actual, true);

        const ProgressReport& r = h.current.report;
        const double now = r.progress.perMille() / 10.0;
        if (r.projectedFinish && now < 100.0 && *r.projectedFinish > report.to) {
            auto* projected = new QLineSeries(chart);
            projected->setName(tr("%1 (projected)").arg(e.title));
            QPen dashed(color);
            dashed.setWidthF(2.0);
            dashed.setStyle(Qt::DashLine);
            projected->setPen(dashed);
            addSegment(*projected, report.to, now, *r.projectedFinish, 100.0, limit);
            QObject::connect(projected, &QLineSeries::hovered, chart,
                             [format, title = e.title, finish = *r.projectedFinish](const QPointF&, bool on) {
                                 if (on) {
                                     QToolTip::showText(
                                         QCursor::pos(),
                                         tr("%1: projected to finish on %2").arg(title, format.date(finish)));
                                 }
                             });
            add(projected, false);
        }
        if (e.startDate.isValid() && e.plannedEndDate.isValid() && e.plannedEndDate > e.startDate) {
            auto* planned = new QLineSeries(chart);
            planned->setName(tr("%1 (planned)").arg(e.title));
            QPen dotted(color.lighter(130));
            dotted.setWidthF(1.5);
            dotted.setStyle(Qt::DotLine);
            planned->setPen(dotted);
            addSegment(*planned, e.startDate, 0.0, e.plannedEndDate, 100.0, limit);
            QObject::connect(planned, &QLineSeries::hovered, chart,
                             [format, title = e.title, end = e.plannedEndDate](const QPointF&, bool on) {
                                 if (on) {
                                     QToolTip::showText(QCursor::pos(),
                                                        tr("%1: planned to finish on %2").arg(title, format.date(end)));
                                 }
                             });
            add(planned, false);
        }
    }
    if (shown.isEmpty()) {
        chart->setTitle(tr("Progress — no enrollments to show"));
    }
    return chart;
}

} // namespace mentordesk
